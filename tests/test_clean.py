from newsprism.clean import annotate, content_spans, content_text, match_view, normalize_key, paragraphs

ARTICLE = """Harbour Party picks new treasurer

• The party's finances are under review, officials said
• One member said: ‘We need to see the accounts before anything else’

The Harbour Party named Lena Brook as its treasurer on Tuesday after a review of its accounts.

‘We need to see the accounts before anything else,’ one member said.

New role: Lena Brook at the party conference in 2025

Brook said the review would be finished by June, and that the party would publish every loan it had taken.

Brook said the review would be finished by June

A spokesperson for the party declined to comment on the size of the loans.

READ MORE: Party donors under scrutiny

Source: Read Full Article"""


def kinds(text):
    return [(a.kind, text[a.start : a.end]) for a in annotate(text)]


def test_match_view_keeps_length_and_offsets():
    s = "‘Left’s’ — “fine” … done"
    v = match_view(s)
    assert len(v) == len(s)
    assert v == "'Left's' - \"fine\" . done"


def test_normalize_key_ignores_quote_style_and_spacing():
    assert normalize_key("“It’s  done,” she said.") == normalize_key('"It\'s done," she said')


def test_paragraph_spans_index_the_original():
    text = "  First line.  \n\nSecond\r\nThird"
    spans = list(paragraphs(text))
    assert [text[s.start : s.end] for s in spans] == ["First line.", "Second", "Third"]


def test_boilerplate_caption_and_repeats_are_marked():
    got = kinds(ARTICLE)
    assert ("boilerplate", "READ MORE: Party donors under scrutiny") in got
    assert ("boilerplate", "Source: Read Full Article") in got
    assert ("caption", "New role: Lena Brook at the party conference in 2025") in got
    # the bullet quoting the body and the pull quote repeating a body sentence
    assert ("repeated", "• One member said: ‘We need to see the accounts before anything else’") in got
    assert ("repeated", "Brook said the review would be finished by June") in got
    # the body paragraphs they repeat are kept
    kept = content_text(ARTICLE, annotate(ARTICLE))
    assert "‘We need to see the accounts before anything else,’ one member said." in kept
    assert "Brook said the review would be finished by June, and that" in kept
    assert "The party's finances are under review" in kept  # a summary bullet that repeats nothing


def test_annotations_never_change_text_and_content_spans_are_inside():
    anns = annotate(ARTICLE)
    for a in anns:
        assert 0 <= a.start < a.end <= len(ARTICLE)
    ignored = [a for a in anns if a.kind != "heading"]
    for sp in content_spans(ARTICLE, anns):
        assert not any(a.start <= sp.start and sp.end <= a.end for a in ignored)


def test_identical_paragraph_twice_keeps_the_first():
    text = "A long paragraph about the council vote on the barrier.\n\nMiddle text here that is different from the rest.\n\nA long paragraph about the council vote on the barrier."
    anns = annotate(text)
    assert len(anns) == 1 and anns[0].kind == "repeated"
    assert anns[0].start == text.rindex("A long")


def test_headline_like_prefix_is_not_boilerplate():
    text = "Sign language interpreters will be at every council meeting from May, the council said on Monday."
    assert annotate(text) == []


def test_credit_lines():
    got = kinds("The mayor spoke for an hour.\n\n(Image: Getty Images)\n\nShe then left the hall.")
    assert got == [("credit", "(Image: Getty Images)")]


def test_a_lone_headline_is_content_not_a_subhead():
    assert annotate("Fed holds rates steady as inflation cools") == []
    assert content_text("Fed holds rates steady", []) == "Fed holds rates steady"


def test_wire_editorial_lines_and_foreign_read_more_lines_are_boilerplate():
    lines = [
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)",
        "(BEGIN OPTIONAL TRIM)",
        "ENDIT",
        "(MORE)",
        "Staff writer Dana Shaw contributed to this report.",
        "(Omar Haddad of the Gazette staff contributed to this report.)",
        "Reporter contact: ana.ruiz@harbourgazette.example",
        "EDITORS: a photo of the tunnel is available from the picture desk.",
        "NONSUBSCRIBERS: To publish this feature, it must be purchased. Please contact the sales desk.",
        "------",
        "The Harbour Gazette said in an editorial for its editions of Monday, May 4:",
        "Zum Weiterlesen: Die Fähre fährt ab Juni häufiger",
        "Leia também: Balsa muda de horário",
        "The Harbour Gazette plans to move the following stories for clients of the Norland News Service "
        "for editions of Friday, June 12. If you have questions, please call the desk.",
        "These are the stories the Courier business desk plans to move for Saturday on the Norland wire.",
        "(story to move at 8:30 p.m. ET; corrects ferry times)",
        "We call your attention to the spot feature described below, which will move tonight.",
        "On Friday, we will move a feature on the tunnel's history and the people who dug it.",
        "The articles can be used on their own. For more information, please call the desk at (555) 010-0199.",
        "(The story is scheduled to move by 9 p.m. ET in the “a” category.) 700 words.",
        "TUNNEL-REOPENS (Kessling) _ The harbour tunnel reopens after six weeks of repairs. By Ana Ruiz.",
        "(Nora Lind is a Kessling-based free-lance writer.)",
        "(Tomas Brill is a columnist for the Harbour Gazette. You can reach him at (555) 010-0100.)",
    ]
    body = (
        "The Kessling harbour tunnel reopened on Monday after six weeks of repairs, the port authority said.\n\n"
        + "\n\n".join(lines)
        + "\n\nEngineers replaced 14 cracked panels, and the editors of the city's transport plan welcomed it."
        + "\n\nThe Kessling Courier said in an editorial on Tuesday that the repairs took too long."
        + "\n\nThe ferry line plans to move the night boat to the north pier in June."
        + "\n\nThe port said it will move the stories of the old pier to a museum, and we will move on."
        + "\n\nKESSLING (AP) _ The mayor thanked the crews, said the paper. By noon the queue was gone."
        + "\n\nNora Lind is a writer who grew up by the tunnel, and she wept when it reopened."
    )
    ignored = {body[a.start : a.end] for a in annotate(body) if a.kind == "boilerplate"}
    assert ignored == set(lines)
    kept = content_text(body, annotate(body))
    assert "tunnel reopened" in kept and "14 cracked panels" in kept and "took too long" in kept
    assert "night boat to the north pier" in kept
    assert "old pier to a museum" in kept and "thanked the crews" in kept
    assert "wept when it reopened" in kept  # (a writer in the story, no note in parentheses)


def test_a_syndicates_sales_notice_is_boilerplate_even_run_into_a_paragraph():
    body = (
        "The harbour tunnel reopened on Monday, the port authority said.\n\n"
        "The scandal was drawing to a close. ___________ (To publish this TIMELY 500-word article, it "
        "must be purchased from the Norland Syndicate at 555-0142.) (EDITORS: Not for sale in Kessling.)"
    )
    kept = content_text(body, annotate(body))
    assert "drawing to a close." in kept and "publish" not in kept and "___" not in kept


def test_a_reporters_contact_note_is_boilerplate_even_run_into_a_paragraph():
    body = (
        "The harbour tunnel reopened on Monday, the port authority said.\n\n"
        "The next review is due in June. Tamsin Ward can be reached at 555-0142 or at "
        "tamsin.ward(at)harbourgazette.example via e-mail.\n\n"
        "“We are glad,” said one pilot. You can reach Omar Haddad at (555) 010-0199.\n\n"
        "(Lena Brook is a columnist for the Kessling Courier. E-mail: lbrook(at)courier.example)\n\n"
        "E-mail: ports(at)harbourgazette.example\n\n"
        "The group issued e-mail alerts this week with the pharmacy's toll-free number, 555-0199."
    )
    ann = annotate(body)
    ignored = sorted(body[a.start : a.end] for a in ann if a.kind == "boilerplate")
    assert ignored == [
        "(Lena Brook is a columnist for the Kessling Courier. E-mail: lbrook(at)courier.example)",
        "E-mail: ports(at)harbourgazette.example",
        "Tamsin Ward can be reached at 555-0142 or at tamsin.ward(at)harbourgazette.example via e-mail.",
        "You can reach Omar Haddad at (555) 010-0199.",
    ]
    kept = [body[s.start : s.end] for s in content_spans(body, ann)]
    assert "The next review is due in June." in kept and "“We are glad,” said one pilot." in kept
    assert kept[-1].startswith("The group issued e-mail alerts")


def test_a_headline_a_program_capitalised_word_by_word_is_cased_back():
    """ "Harbour To Fine Ibm Executive'S Firm" (every word raised, "IBM" lowered): the story title
    reads "IBM Executive's"; a headline in capitals or one a person cased stays as it is."""
    from newsprism.clean import headline, recased
    from newsprism.models import Article

    body = "The FBI said IBM would pay. The 5th fine in a year, the Harbour board said. Let us wait."
    a = Article(id="a", text=body, title="Harbour To Fine Ibm Executive'S Firm After Fbi Probe Of 5Th Fine")
    assert headline(a) == "Harbour To Fine IBM Executive's Firm After FBI Probe Of 5th Fine"
    assert recased("HARBOUR TO FINE IBM EXECUTIVE'S FIRM", body) == "HARBOUR TO FINE IBM EXECUTIVE'S FIRM"
    assert (
        recased("Harbour fines Ibm, the board's chief says", body)
        == "Harbour fines Ibm, the board's chief says"
    )
    assert recased("Let Us Wait For The Board", body + " The US board.") == "Let Us Wait For The Board"


def test_a_wire_desks_note_at_a_headlines_end_is_no_part_of_the_title():
    from newsprism.clean import headline
    from newsprism.models import Article

    for title, want in [
        ("A New Magazine, By Way Of The Harbour (Dw)", "A New Magazine, By Way Of The Harbour"),
        ("Paying The Price (Art Adv: Photo Has Been Sent To Clients)", "Paying The Price"),
        ("Ferry Fares Rise (Note: Sidebar Material At End Of Story)", "Ferry Fares Rise"),
        ("Ferry Fares Rise (2)", "Ferry Fares Rise (2)"),
        ("Ferry Fares Rise (UK)", "Ferry Fares Rise (UK)"),
        ("Ferry Fares Rise (We Hope)", "Ferry Fares Rise (We Hope)"),
    ]:
        assert headline(Article(id="a", text="The ferry fares rose.", title=title)) == want


def test_a_wire_slug_given_as_the_title_shows_the_texts_own_headline():
    """ "Urgent" as the title is the wire's handling word: a page shows the headline line the text
    opens with, else its lead; "URGENT: Ferry Sinks Off Orrin" shows without the word; the stored
    title keeps what the source gave."""
    from newsprism.clean import headline, shown_title
    from newsprism.models import Article

    own = Article(
        id="a",
        title="Urgent",
        text="Harbour pilots call off strike\n\nKESSLING, Norland (Meridian) _ The pilots ended their strike.",
    )
    assert shown_title(own) == "Harbour pilots call off strike" and own.title == "Urgent"
    lead = Article(
        id="b", title="Urgent", text="KESSLING, Norland (Meridian) _ The harbour pilots ended their strike."
    )
    assert shown_title(lead) == "The harbour pilots ended their strike."
    prefixed = Article(id="c", title="URGENT: Ferry Sinks Off Orrin", text="The ferry sank on Monday.")
    assert headline(prefixed) == "Ferry Sinks Off Orrin"
    assert shown_title(Article(id="d", title="Ferry fares rise", text="Fares rose.")) == "Ferry fares rise"
