package io.headcount.offer.letter.application;

import java.util.List;

/** Lays out the lines of a filled letter as a document. */
public interface LetterRenderer {

    byte[] render(String title, List<String> lines);
}
