package com.estate.resident.movein.domain;

/** Who signed an agreement for the owner: the owner themselves or their proxy (with a power of attorney). */
public enum Signer {
    OWNER,
    PROXY
}
