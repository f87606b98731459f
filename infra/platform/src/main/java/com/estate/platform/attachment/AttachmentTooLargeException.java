package com.estate.platform.attachment;

import com.estate.platform.problem.ProblemException;

/** The file is larger than its kind allows. */
public class AttachmentTooLargeException extends ProblemException {

    public AttachmentTooLargeException(String kind, long limitBytes) {
        super("attachment-too-large", "a file of kind " + kind + " may have at most " + limitBytes + " bytes",
                kind, limitBytes);
    }

    @Override
    public int status() {
        return 413;
    }
}
