package org.cheguan.shared;

/**
 * Sex as encoded in a resident ID number: the sequence code (17th character) is odd for a man and even for a woman
 * (GB 11643-1999 §5.3).
 */
public enum Sex {

	/** Odd sequence code. */
	MALE,

	/** Even sequence code. */
	FEMALE
}
