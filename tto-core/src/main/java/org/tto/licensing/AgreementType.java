package org.tto.licensing;

/** The kind of a licence agreement (AUTM counts licences and options separately, exclusive and not). */
public enum AgreementType {
    EXCLUSIVE,
    NON_EXCLUSIVE,
    OPTION
}
