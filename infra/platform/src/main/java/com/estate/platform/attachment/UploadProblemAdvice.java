package com.estate.platform.attachment;

import com.estate.platform.web.FieldError;
import com.estate.platform.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Uploads that the multipart parser refuses, as problems instead of 500s: a body past the largest kind's limit
 * (413), a request that is not well-formed multipart or has no {@code file} part (400, naming the part).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the platform's catch-all ProblemAdvice
class UploadProblemAdvice {

    private final Problems problems;
    private final long largestFile;

    UploadProblemAdvice(Problems problems, long largestFile) {
        this.problems = problems;
        this.largestFile = largestFile;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problems.create(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", largestFile));
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> notAFile(Exception e) {
        ProblemDetail body = problems.create(HttpStatus.BAD_REQUEST, "validation", "file");
        body.setProperty("errors", List.of(new FieldError("file", problems.message("problem.attachment-file.field"))));
        return ResponseEntity.badRequest().body(body);
    }
}
