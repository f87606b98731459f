package com.estate.platform.attachment;

import com.estate.platform.problem.ProblemException;
import java.util.Set;
import java.util.TreeSet;

/** The content is of a type the kind does not accept, whatever the client declared. */
public class UnsupportedAttachmentTypeException extends ProblemException {

    public UnsupportedAttachmentTypeException(String kind, Set<String> accepted) {
        super("unsupported-attachment-type", "files of kind " + kind + " must be one of " + accepted, kind,
                String.join(", ", new TreeSet<>(accepted)));
    }

    @Override
    public int status() {
        return 415;
    }
}
