package com.estate.workorder.files;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * A record's folder: the files uploaded to it, keyed by the record's id, in the collection of the record's kind.
 * Beside the record rather than in it, so an upload does not change the record's ETag under someone about to act
 * on it with those files.
 */
class FolderDocument {

    @Id
    private String ownerId;

    private List<FileEntry> files = new ArrayList<>();

    protected FolderDocument() {
    }

    List<FileEntry> files() {
        return List.copyOf(files);
    }
}
