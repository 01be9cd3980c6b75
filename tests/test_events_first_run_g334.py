"""Phrasing families found on development reports g334-g345 (court, police and prosecution texts and official
communiqués: police press releases, indictments, sentencing announcements, defence-ministry summaries, interior
ministry statements, parliamentary resolutions), which were coded before flashpoint ran on them. Each rule covers
a family of phrasings; each test uses sentences written for it, not the reports' own.

Each test runs the real spaCy model and resolvers.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from test_events import codes, kinds, only
from test_events import extract as extract_on

PUBLISHED = date(2025, 6, 12)  # a Thursday


extract = partial(extract_on, published=PUBLISHED)  # test_events' helper, on this file's publication date


# ------------------------------------------------------------------ sentences handed down


def test_a_prison_term_is_a_conviction_not_an_arrest() -> None:
    for text in ("A court in Almaty jailed a blogger for seven years on Friday for insulting the president.",
                 "The former mayor of Cali was imprisoned for life for ordering the murder of a journalist."):
        events = extract(text)
        assert only(events, "SANCTION").mode == "convict", text
        assert "COERCE" not in kinds(events), text
    # no term: people put in jail are arrested
    jailed = only(extract("Police jailed dozens of activists in Minsk on Sunday."), "COERCE")
    assert jailed.mode == "arrest"


def test_an_agentless_sentence_is_the_court_s_that_convicted() -> None:
    text = ("NAIROBI — The High Court in Nairobi on Monday convicted a former county governor of fraud. "
            "Two of his aides were jailed for five years in the same case.")
    convictions = [e for e in extract(text) if e.type == "SANCTION"]
    assert convictions and all(codes(e.source) == {"KEN"} for e in convictions)
    assert all(e.status == "occurred" for e in convictions)


# ------------------------------------------------------------------ what a denial denies


def test_an_act_told_in_reports_that_are_denied_is_negated_however_the_that_is_parsed() -> None:
    """ "denied reports on social media that soldiers had fired on ...": the parser hangs the "that" on the fired
    clause as its object; the shooting is still what the reports tell, and the denial negates it."""
    for text in ("The army denied reports on social media that soldiers had fired on inmates in Quito.",
                 "The police denied reports on social media that officers had fired on students who had gathered "
                 "near the campus in Dhaka."):
        shooting = only(extract(text), "ASSAULT")
        assert shooting.status == "negated", text


# ------------------------------------------------------------------ who acts: bodies of state and parties


def test_national_police_forces_prosecutors_and_commands_are_coded() -> None:
    arrest = only(extract("Three men were arrested by the Civil Guard in Málaga on Tuesday."), "COERCE")
    assert codes(arrest.source) == {"ESP"} and arrest.source[0].sector == "COP"
    charge = only(extract("India's National Investigation Agency charged four men over the blast in Pune."),
                  "ACCUSE")
    assert codes(charge.source) == {"IND"}
    ban = only(extract("The Gironde prefecture banned all marches in Bordeaux until Monday."), "COERCE")
    assert ban.source and ban.source[0].sector == "GOV"


def test_named_parties_gangs_and_commissions_are_coded() -> None:
    farce = only(extract("The Awami League called the election a farce."), "ACCUSE")
    assert codes(farce.source) == {"BGD"}
    request = only(extract("The Inter-American Commission on Human Rights urged Nicaragua to free the bishop."),
                   "REQUEST")
    assert codes(request.source) == {"IACHR"}
    clash = only(extract("Members of Los Choneros and Los Lobos clashed in a prison in Guayaquil on Sunday."),
                 "ASSAULT")
    assert codes(clash.source) == {"ECU"}


# ------------------------------------------------------------------ who arrests when nobody is named


def test_an_agentless_arrest_made_in_a_raid_with_no_doer_told_is_by_the_police_of_the_place() -> None:
    arrest = only(extract("CARACAS — Two suspected members of a kidnapping ring were arrested in a raid in "
                          "Maracaibo on Tuesday."), "COERCE")
    assert codes(arrest.source) == {"VEN"} and arrest.source[0].sector == "COP"
    # a doer told before it still wins: the army that raided the camp detained them
    text = ("COTABATO — Soldiers raided a rebel camp near Datu Piang on Monday. "
            "Four suspects were detained during the raid.")
    detained = [e for e in extract(text) if e.type == "COERCE"]
    assert detained and all(a.sector == "MIL" for e in detained for a in e.source)
    # an arrest with no place told has no country to give its police, and one told with no raid does not say who
    # made it: no source rather than a guess
    assert not only(extract("Two suspects were arrested on Tuesday."), "COERCE").source
    assert not only(extract("CARACAS — Two suspects were arrested in Maracaibo on Tuesday."), "COERCE").source


# ------------------------------------------------------------------ accidents


def test_deaths_and_injuries_told_together_with_an_accident_are_no_violence() -> None:
    """ "14 were killed and 31 injured when a bus plunged into a ravine": the parser hangs the when-clause on the
    second verb of the pair; it is the cause of both."""
    for text in ("KATHMANDU — Nine people were killed and 20 injured when a truck collided with a bus near "
                 "Pokhara on Sunday.",
                 "COLOMBO — Fourteen people died and 31 were hurt when a bus plunged into a ravine near Ella."):
        assert "ASSAULT" not in kinds(extract(text)), text
    shooting = only(extract("KABUL — Nine people were killed and 20 injured when gunmen opened fire on a bus near "
                            "Herat on Sunday."), "ASSAULT")
    assert shooting.source


# ------------------------------------------------------------------ texts that speak for their authors


def test_a_text_named_again_speaks_for_whoever_adopted_or_issued_it() -> None:
    text = ("NAIROBI — Kenya's Senate on Tuesday adopted a resolution on the abduction of activists. "
            "The resolution urges the police to release all those held without charge.")
    request = only(extract(text), "REQUEST")
    assert codes(request.source) == {"KEN"} and request.source[0].sector == "LEG"
    # a text no one was told to issue speaks for no one
    assert not only(extract("The statement calls on Rwanda to withdraw its troops."), "REQUEST").source


# ------------------------------------------------------------------ acts of courts and governments in official wording


def test_charge_sheets_and_indictments_filed_are_accusations() -> None:
    for text in ("MUMBAI — Police filed a charge sheet against six men on Monday.",
                 "Prosecutors in Lima filed an indictment against the former president on Monday.",
                 "NEW DELHI — The agency filed a chargesheet against nine people before a special court."):
        accusation = only(extract(text), "ACCUSE")
        assert accusation.target, text


def test_a_body_or_party_dissolved_by_order_is_banned() -> None:
    for text, country in (("BANGKOK — Thailand's top court on Wednesday ordered the dissolution of the opposition "
                           "party.", "THA"),
                          ("NIAMEY — The junta decreed the dissolution of all political parties.", "NER")):
        ban = only(extract(text), "COERCE")
        assert ban.mode == "ban" and codes(ban.source) == {country}, text
    # asking for a parliament to be dissolved bans nothing
    assert "COERCE" not in kinds(extract("The president called for the dissolution of parliament."))


def test_troops_called_in_or_out_at_home_are_deployed() -> None:
    for text in ("QUITO — Ecuador's president called in the army to guard the prisons.",
                 "LIMA — President Boluarte called out the army to restore order in Puno on Friday."):
        deployment = only(extract(text), "MOBILIZE")
        assert deployment.mode == "troops" and deployment.source, text
    assert "MOBILIZE" not in kinds(extract("The deputy minister called in sick on Monday."))


def test_a_decision_called_an_attack_is_a_reproach_not_a_blow() -> None:
    for text in ("CARACAS — The opposition said the new law was an assault on press freedom.",
                 "BANGKOK — The party's leader said the verdict was an attack on the voters."):
        events = extract(text)
        assert "ASSAULT" not in kinds(events), text
        assert only(events, "ACCUSE").source, text
    assert "ASSAULT" not in kinds(extract("The ruling is an attack on democracy."))
    # an act of force called an attack stays one
    assert "ASSAULT" in kinds(extract("Officials said the explosion at the pipeline was an attack by militants."))


# ------------------------------------------------------------------ steps of a case, not acts between parties


def test_an_appeal_to_a_court_is_no_request() -> None:
    for text in ("Defence lawyers said they would appeal to the Supreme Court.",
                 "The opposition appealed to the Constitutional Court against the ban on Monday."):
        assert "REQUEST" not in kinds(extract(text)), text
    assert "REQUEST" in kinds(extract("The minister appealed to the United Nations for help."))


def test_custody_passed_to_prosecutors_or_police_is_no_release() -> None:
    for text in ("LIMA — The detainees were handed over to the public prosecutor's office on Wednesday.",
                 "KANO — Villagers caught the thief and handed him over to police."):
        assert "RETREAT" not in kinds(extract(text)), text
    assert "RETREAT" in kinds(extract("JUBA — The rebels handed over 12 hostages to the ICRC on Monday."))


# ------------------------------------------------------------------ threats to whoever, crowds at courts, reproaches


def test_a_penalty_promised_to_anyone_who_acts_is_a_threat_and_the_act_described_is_none() -> None:
    for text in ("MANILA — Remulla said the police would exercise restraint but warned that anyone who attacked "
                 "officers would be arrested.",
                 "PARIS — The interior minister said anyone who attacked the police would be arrested and tried."):
        events = extract(text)
        threat = only(events, "THREATEN")
        assert threat.content is not None and threat.content.type == "COERCE", text
        assert "ASSAULT" not in kinds(events) and "COERCE" not in kinds(events), text
    assert "THREATEN" not in kinds(extract("The mayor said anyone who wanted to help would be welcome."))


def test_supporters_gathered_outside_a_court_complex_protest() -> None:
    protest = only(extract("About 300 supporters gathered outside the court complex in Dhaka on Monday."), "PROTEST")
    assert codes(protest.source) == {"BGD"}


def test_a_finding_called_a_cover_up_is_a_reproach() -> None:
    reproach = only(extract("Colombia's ombudsman called the army's findings a cover-up on Friday."), "ACCUSE")
    assert codes(reproach.source) == {"COL"}


def test_a_vehicle_rammed_is_an_assault() -> None:
    for text in ("The family's lawyer said officers had rammed the motorcycle deliberately in Lyon.",
                 "A police truck rammed protesters in central Nairobi on Tuesday."):
        assert "ASSAULT" in kinds(extract(text)), text


def test_captives_freed_in_an_operation_are_rescued_not_released() -> None:
    for text in ("QUITO — Two prison guards taken hostage by inmates were freed unharmed during the operation.",
                 "MAIDUGURI — Troops stormed the camp on Sunday. Twelve hostages were freed in the raid."):
        events = extract(text)
        assert "AID" in kinds(events) and "RETREAT" not in kinds(events), text
    assert "RETREAT" in kinds(extract("KABUL — The Taliban freed two aid workers on Sunday."))


def test_setting_off_on_a_march_is_the_march() -> None:
    for text in ("AMRITSAR — Hundreds of farmers embarked on a protest march to Delhi on Tuesday.",
                 "QUETTA — Thousands of Baloch women set off from Quetta on Monday on a march to Islamabad."):
        protest = only(extract(text), "PROTEST")
        assert protest.source, text
    assert "PROTEST" not in kinds(extract("The minister set off on a tour of the region on Monday."))


def test_a_driver_killed_is_a_civilian_victim() -> None:
    shooting = only(extract("KARACHI — A rickshaw driver was shot dead in Lyari on Sunday."), "ASSAULT")
    assert codes(shooting.target) == {"PAK"} and shooting.target[0].sector == "CVL"


def test_charges_sought_are_an_accusation_and_no_plans_to_seek_them_negate_it() -> None:
    sought = only(extract("LIMA — Prosecutors sought charges against three police officers on Monday."), "ACCUSE")
    assert sought.status == "occurred" and codes(sought.target) == {"PER"}
    refused = only(extract("DHAKA — The Election Commission said it had no plans to seek criminal charges against "
                           "the former ministers."), "ACCUSE")
    assert refused.status == "negated"


# ------------------------------------------------------------------ a further act of the kind told before


def test_a_further_ban_or_sentence_is_not_folded_into_the_one_told_before() -> None:
    text = ("BANGKOK — Thailand's top court on Wednesday ordered the dissolution of the opposition party. "
            "The court also banned the party's 11 executive board members from politics for ten years.")
    assert len([e for e in extract(text) if e.type == "COERCE"]) == 2
    text = ("DHAKA — A tribunal on Thursday sentenced a former police chief to death. "
            "Three other police officers were jailed for life.")
    assert len([e for e in extract(text) if e.type == "SANCTION"]) == 2
    # the same act told again still folds
    text = ("BANGKOK — Thailand's top court on Wednesday banned the opposition party. "
            "The court banned the party because of its campaign.")
    assert len([e for e in extract(text) if e.type == "COERCE"]) == 1


def test_coercion_a_court_or_government_orders_is_told() -> None:
    deport = only(extract("MADRID — The court ordered that the cell's leader be deported to Morocco."), "COERCE")
    assert deport.mode == "deport"
    arrest = only(extract("KAMPALA — The president ordered police to arrest the opposition leader on Monday."),
                  "COERCE")
    assert codes(arrest.source) == {"UGA"} and arrest.source[0].sector == "COP"
    # asked for, not ordered: a request whose content it is
    assert "COERCE" not in kinds(extract("LIMA — Prosecutors asked the judge to detain the suspects."))
