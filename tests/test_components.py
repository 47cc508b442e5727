"""Our spaCy components (pipeline/components.py) in the loaded pipeline."""

from __future__ import annotations


def test_domain_lemmas_correct_listed_forms_and_keep_the_rest(nlp) -> None:
    doc = nlp("Die Sitzung des Kreistages und des Landrates beginnt.")
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["Kreistages"] == "Kreistag" and lemmas["Landrates"] == "Landrat"
    assert lemmas["Sitzung"] == "Sitzung"


def test_a_word_capitalised_after_a_colon_gets_the_lemma_of_its_lower_case_form(nlp) -> None:
    doc = nlp("Vertrag: Unterzeichnet wurde der Vertrag am Dienstag. Ort: Rathaus.")
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["Unterzeichnet"] == "unterzeichnen" and lemmas["Rathaus"] == "Rathaus"


def test_an_infinitive_opening_a_sentence_is_its_own_lemma(nlp) -> None:
    doc = nlp("Entstehen soll ein neuer Verein. Beitreten will auch die Stadt. Sitzung im Rathaus.")
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["Entstehen"] == "entstehen" and lemmas["Beitreten"] == "beitreten" and lemmas["Sitzung"] == "Sitzung"


def test_every_line_break_ends_a_sentence(nlp) -> None:
    doc = nlp("Neue Leitung im Amt\nDer Kreistag hat am Montag getagt. Er beschloss den Haushalt.")
    starts = [sent.text.split()[0] for sent in doc.sents if sent.text.strip()]
    assert starts[:2] == ["Neue", "Der"]


def test_a_period_before_a_capitalised_article_ends_its_sentence(nlp) -> None:
    """The senter may run a sentence ending in a date into the next one."""
    doc = nlp("Der Rat entscheidet darüber am 21. November. Der Gemeinderat von Beispielfeld hat abgelehnt.")
    assert [s.text for s in doc.sents] == ["Der Rat entscheidet darüber am 21. November.",
                                           "Der Gemeinderat von Beispielfeld hat abgelehnt."]
    doc = nlp("Beschlossen am 3. März 2025 von der Versammlung.")
    assert len(list(doc.sents)) == 1


def test_a_period_token_before_any_capitalised_word_ends_its_sentence(nlp) -> None:
    doc = nlp("Musterau, 5. März 2025 – Probedorf und Beispielfeld werden Mitglieder im Zweckverband Lernmittel "
              "Musterau. Sowohl der Gemeinderat von Probedorf als auch der von Beispielfeld hatten zugestimmt. "
              "Dr. Max Probe und Prof. Erika Muster kamen am 3. Mai.")
    assert [s.text.split()[0] for s in doc.sents] == ["Musterau,", "Sowohl", "Dr."]
    doc = nlp("Das Amt Burg-St. Probedorf und die Gemeinde Beispiel i.d.OPf. treten bei.")  # abbreviations
    assert len(list(doc.sents)) == 1


def test_a_legal_form_with_the_final_period_ends_its_sentence(nlp) -> None:
    doc = nlp("Er wechselte zur Muster GmbH. Dort leitet er den Vertrieb. Die Beispiel GmbH & Co. KG wächst.")
    assert [s.text for s in doc.sents] == ["Er wechselte zur Muster GmbH.", "Dort leitet er den Vertrieb.",
                                           "Die Beispiel GmbH & Co. KG wächst."]
    doc = nlp("Mitglied ist der Förderverein Muster e.V. Der Verein Beispiel e.V. Berlin wächst.")
    assert [s.text for s in doc.sents] == ["Mitglied ist der Förderverein Muster e.V.",
                                           "Der Verein Beispiel e.V. Berlin wächst."]
    doc = nlp("Die GmbH gehört dem Förderverein Muster e. V. Die Stadt Probedorf ist neu dabei.")
    assert [s.text for s in doc.sents] == ["Die GmbH gehört dem Förderverein Muster e. V.",
                                           "Die Stadt Probedorf ist neu dabei."]


def test_e_v_written_with_a_space_stays_inside_its_sentence(nlp) -> None:
    """The senter may end a sentence after the "e." of "e. V." (seen with some club names): the component joins it."""
    with nlp.select_pipes(disable=["paragraph_boundaries", "domain_lemmas", "known_organisations", "event_triggers"]):
        doc = nlp("Sowohl die Versammlung der Musterfreunde Probedorf e. V. als auch die der Kirmesburschen "
                  "Beispielfeld e. V. haben zugestimmt. Der Verein wächst.")
    for token in doc:
        token.is_sent_start = token.i == 0 or token.text in ("V.", "Der")  # as the senter may have split it
    doc = nlp.get_pipe("paragraph_boundaries")(doc)
    assert [s.text.split()[0] for s in doc.sents] == ["Sowohl", "Der"]


def test_a_numbers_period_before_a_quotation_ends_its_sentence(nlp) -> None:
    doc = nlp("Der Verein bringt rund 310 Mitglieder mit, der andere knapp 140. „Wir haben gemerkt, dass es allein "
              "nicht geht“, sagte Max Muster. Am 3. „Tag der offenen Tür“ kamen viele.")
    assert [s.text.split()[0] for s in doc.sents] == ["Der", "„Wir", "Am"]
