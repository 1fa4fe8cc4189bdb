package org.misconduct.contracts.codes;

/** Sub-category of sexual exploitation and abuse. */
public enum SeaCategory {
    EXPLOITATIVE_RELATIONSHIP, TRANSACTIONAL_SEX, RAPE, SEXUAL_ASSAULT, SEXUAL_ACTIVITY_WITH_MINOR, OTHER
}
