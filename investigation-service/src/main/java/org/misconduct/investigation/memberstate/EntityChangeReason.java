package org.misconduct.investigation.memberstate;

/** Why a case went to OIOS. */
public enum EntityChangeReason {
    MEMBER_STATE_DECLINED, MEMBER_STATE_SILENT, MEMBER_STATE_WITHDREW
}
