package dev.frontline.shared.text;

/**
 * Something that says why as a sentence of the bundles, typically an exception: a refusal of input, a job that could
 * not finish. Whoever catches it (a page, a REST handler, the job runner that stores a failure) renders or stores the
 * {@link #reason()} instead of the exception's English message.
 */
public interface Explained {

    /** Why, as a bundle key and its arguments. */
    Phrase reason();
}
