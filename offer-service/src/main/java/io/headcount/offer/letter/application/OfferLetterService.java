package io.headcount.offer.letter.application;

import io.headcount.offer.letter.model.LetterFields;
import io.headcount.offer.offer.application.OfferService;
import io.headcount.offer.offer.model.Offer;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.identity.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The offer letter of an offer's current version, from a plain-text template: Headcount's default, or the team's
 * own file ({@code headcount.offers.letter-template}).
 */
@Service
public class OfferLetterService {

    private final OfferService offers;
    private final LetterRenderer renderer;
    private final List<String> template;

    public OfferLetterService(OfferService offers, LetterRenderer renderer,
                        @Value("${headcount.offers.letter-template:}") String templateFile) {
        this.offers = offers;
        this.renderer = renderer;
        this.template = load(templateFile);
    }

    public byte[] letter(Caller caller, String offerId) {
        Offer offer = offers.get(caller, offerId);
        if (offer.isErased()) {
            throw new NotFoundException("letter of offer (the candidate's data was erased)", offerId);
        }
        return renderer.render("Offer " + offer.id(), LetterFields.fill(template, LetterFields.of(offer)));
    }

    private static List<String> load(String templateFile) {
        try {
            if (templateFile != null && !templateFile.isBlank()) {
                return Files.readAllLines(Path.of(templateFile), StandardCharsets.UTF_8);
            }
            try (InputStream builtIn = OfferLetterService.class.getResourceAsStream("/letters/offer-letter.txt")) {
                return new String(builtIn.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offer letter template " + templateFile, e);
        }
    }
}
