package org.misconduct.victimassistance.victim;

/** What a victim needs help with; paternity covers children born of exploitation and abuse. */
public enum NeedKind {
    MEDICAL, PSYCHOSOCIAL, LEGAL, MATERIAL, EDUCATION, LIVELIHOOD, SAFETY, PATERNITY
}
