"""Every act with its source and its target: sides told by "each other" and "both sides", reactions to acts
told before, intercepted weapons, crowds named by a pronoun.

Each test runs the real spaCy model and resolvers on sentences written for the purpose.
"""

from __future__ import annotations

from datetime import date

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, only

PUBLISHED = date(2024, 6, 20)


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


def sides(actors: list) -> set[tuple[str | None, str | None]]:
    return {(a.country, a.sector) for a in actors}


# ------------------------------------------------------------------ two sides


def test_sides_that_accuse_each_other_are_source_and_target_both() -> None:
    blame = only(extract("Uzbek and Kazakh border guards accused each other of opening fire on Sunday."), "ACCUSE")
    assert codes(blame.source) == codes(blame.target) == {"UZB", "KAZ"}


def test_people_of_two_countries_are_one_actor_per_country() -> None:
    """ "The presidents of Venezuela and Guyana agreed": both presidents agree, with each other."""
    deal = only(extract("The presidents of Venezuela and Guyana agreed on Thursday to set up a joint commission."),
                "AGREE")
    assert codes(deal.source) == codes(deal.target) == {"VEN", "GUY"}


def test_a_truce_two_sides_observe_binds_both() -> None:
    truce = only(extract("Saudi Arabia and the Houthis have observed a truce since April 2022."), "RETREAT")
    assert codes(truce.target) == codes(truce.source) and len(truce.target) == 2


def test_both_sides_of_one_countrys_war_are_its_army_and_the_rebel_group() -> None:
    """Both sides are Sudanese: they are told apart by their groups, not their country."""
    events = extract("The Sudanese army shelled positions of the Rapid Support Forces in Omdurman on Monday. "
                     "The RSF said it had repelled the army.\n"
                     "Norway urged both sides to open the roads to aid convoys.")
    appeal = only(events, "REQUEST")
    assert sides(appeal.target) == {("SDN", "MIL"), ("SDN", "REB")}


def test_all_parties_of_one_countrys_war_are_its_two_armed_sides() -> None:
    events = extract("Fighting between the Ethiopian army and Fano militiamen killed 12 people in Mehal Meda.\n"
                     "The human rights commission called on all parties to respect humanitarian law.")
    appeal = only(events, "REQUEST")
    assert {a.country for a in appeal.target} == {"ETH"} and len(appeal.target) == 2


def test_all_parties_to_a_crisis_among_states_stay_unnamed() -> None:
    """Among states "all parties" may be any number of them: never guessed."""
    events = extract("North Korea fired a ballistic missile over Japan on Tuesday, and South Korea and the United "
                     "States staged joint air drills in response.\n"
                     "China's foreign ministry urged all parties to exercise restraint.")
    assert only(events, "REQUEST").target == []


def test_the_parties_are_the_two_named_last_between_a_mediator_and_its_talks() -> None:
    events = extract("Qatar hosted talks between Sudan's army and the Rapid Support Forces in Doha on Tuesday.\n"
                     "Diplomats said the parties had agreed to open a humanitarian corridor.")
    agreed = next(e for e in events if e.type in {"AGREE", "CONCEDE"})
    assert sides(agreed.source) == {("SDN", "MIL"), ("SDN", "REB")}  # not the mediator


def test_a_mediator_acts_toward_the_two_sides_of_the_act_it_mediated() -> None:
    """ "mediated the exchange" told after it, "an exchange brokered by" told with it: the mediator's talks are
    with the parties of that exchange."""
    told_after = extract("Russia and Ukraine exchanged 390 prisoners each on Friday.\n"
                         "The United Arab Emirates mediated the exchange.")
    told_with = extract("Russia and Ukraine swapped 246 prisoners of war on Tuesday in an exchange brokered by "
                        "the United Arab Emirates.")
    for events in (told_after, told_with):
        mediation = only(events, "CONSULT")
        assert codes(mediation.source) == {"ARE"} and codes(mediation.target) == {"RUS", "UKR"}


# ------------------------------------------------------------------ reactions to acts told before


def test_what_a_reactor_calls_an_act_is_that_act() -> None:
    """ "condemned what it called a violation of its sovereignty": aimed at whoever did the act told before."""
    events = extract("A Turkish drone struck a car near Sinjar in northern Iraq on Tuesday.\n"
                     "Iraq's foreign ministry condemned what it called a violation of Iraqi sovereignty.")
    assert codes(only(events, "ACCUSE").target) == {"TUR"}


def test_a_reaction_may_point_back_to_the_reports_lead() -> None:
    """News reports refer back to their lead act from any paragraph; a governor condemning gunmen of his own
    country reacts to someone else's act."""
    events = extract("Gunmen killed nine villagers in an overnight raid in Zamfara state, residents said.\n"
                     "Police said they had deployed a tactical team to the area.\n"
                     "Schools in the district were closed for a week.\n"
                     "The state governor condemned the killings.")
    condemned = only(events, "ACCUSE")
    assert sides(condemned.target) == {("NGA", "UAF")}


def test_a_reaction_joined_to_another_shares_its_target() -> None:
    events = extract("North Korea test-fired a cruise missile on Friday.\n"
                     "Seoul called the launch a provocation, and Tokyo lodged a protest.")
    protests = {next(iter(codes(e.source))): e for e in events if e.type == "ACCUSE"}
    assert codes(protests["JPN"].target) == codes(protests["KOR"].target) == {"PRK"}


def test_a_reaction_to_an_act_named_by_its_own_noun_is_aimed_at_its_doer() -> None:
    """ "condemned the strikes": a noun that names acts of a type points back to the act of that type told
    before, though no word list names it a reference."""
    events = extract("US aircraft struck militia targets in western Iraq overnight.\n"
                     "Iran's foreign ministry condemned the strikes as a strategic mistake.")
    assert codes(only(events, "ACCUSE").target) == {"USA"}


def test_a_reaction_to_a_court_decision_is_aimed_at_the_court() -> None:
    events = extract("A court in Pristina on Monday convicted a former Serbian policeman of war crimes.\n"
                     "Serbia condemned the verdict, and Kosovo's justice minister welcomed the ruling.")
    assert {(e.type, a.sector) for e in events if e.type in {"ACCUSE", "SUPPORT"}
            for a in e.target} == {("ACCUSE", "JUD"), ("SUPPORT", "JUD")}


def test_a_reaction_to_an_act_a_clause_tells_on_its_object_is_aimed_at_the_other_party() -> None:
    """ "hailed the deal signed with Tajikistan": Kyrgyzstan signed it, so the partner is the one aimed at;
    "voted to nullify a memorandum signed between Ethiopia and Somaliland": those who signed it."""
    hailed = only(extract("Kyrgyzstan's foreign ministry hailed the border deal signed with Tajikistan as "
                          "historic."), "SUPPORT")
    assert codes(hailed.target) == {"TJK"}
    events = extract("Somalia's parliament on Saturday voted to nullify a memorandum signed last week between "
                     "Ethiopia and Somaliland.")
    assert "ETH" in codes(only(events, "REJECT").target)


def test_a_reaction_is_about_the_act_its_object_names_down_its_prepositions() -> None:
    """ "expressed concern OVER the violence", "an investigation INTO the killings", "a case under the article on
    terrorism OVER the attack": what the reaction is about hangs below its object, or below the verb."""
    concern = only(extract("Guinean police fired live rounds at protesters in Conakry on Tuesday, killing three.\n"
                           "The European Union expressed concern over the violence."), "ACCUSE")
    assert sides(concern.target) == {("GIN", "COP")}
    inquiry = only(extract("Soldiers shot dead 12 men in the village of Tanwalbougou in eastern Burkina Faso, "
                           "residents said.\nAmnesty International called for an independent investigation into "
                           "the killings."), "REQUEST")
    assert sides(inquiry.target) == {("BFA", "MIL")}
    case = only(extract("Ukrainian drones attacked a fuel depot in Russia's Bryansk region on Sunday.\nRussia's "
                        "Investigative Committee opened a criminal case under the article on terrorism over the "
                        "attack."), "ACCUSE")
    assert codes(case.target) == {"UKR"}


def test_what_a_call_or_an_inquiry_is_about_is_an_act_told_though_calls_name_acts_to_come() -> None:
    """ "called for an investigation into the strike": the strike is told, though "called for the release" asks
    for an act to come; "ordered an inquiry into the violence": below the light verb."""
    events = extract("Turkish drones struck a village near Qamishli on Monday, killing four civilians.\n"
                     "Human Rights Watch called for an independent investigation into the strike.")
    assert codes(only(events, "REQUEST").target) == {"TUR"}
    events = extract("Rebels of the ADF attacked the village of Mukondi overnight, killing 19 people.\n"
                     "The provincial governor ordered an inquiry into the violence.")
    assert sides(only(events, "ACCUSE").target) == {("COD", "REB")}


def test_a_reaction_points_to_the_act_named_by_its_own_noun_before_the_nearest_of_its_type() -> None:
    """ "condemned the raid": the raid told in the lead, not the shooting told since (whose doers are of the
    reactor's own country, but another side, so they would fit)."""
    events = extract("Israeli troops killed two gunmen in a raid on the Tulkarem camp on Monday.\n"
                     "Palestinian gunmen fired at an army post near Nablus the same night.\n"
                     "The Palestinian foreign ministry condemned the raid.")
    assert codes(only(events, "ACCUSE").target) == {"ISR"}


_ZAMFARA = ("Fourteen villagers were killed in an overnight attack on Tungar Kwana in Zamfara state, residents said.\n"
            "The attackers, who came on motorcycles, also burned dozens of homes.{soldiers}\n"
            "Police said they had sent a tactical team to the area.\n"
            "Schools in the district were closed for a week.\n"
            "Traders shut their shops in the town of Anka.\n"
            "The state governor condemned the killings.")


def test_a_reaction_to_an_act_told_with_no_doer_is_aimed_at_the_one_party_that_did_such_acts() -> None:
    """The killings are told in the lead with no doer named and their doers only paragraphs later, beyond the
    paragraphs a reaction looks back into: the one party that did such acts in the report did them. Two such
    parties: nobody, never guessed."""
    condemned = only(extract(_ZAMFARA.format(soldiers="")), "ACCUSE")
    assert sides(condemned.target) == {("NGA", "UAF")}
    two = _ZAMFARA.format(soldiers=" Soldiers later shot dead five suspected bandits near Anka.")
    assert only(extract(two), "ACCUSE").target == []


def test_a_noun_statement_joined_to_one_of_its_kind_shares_its_target() -> None:
    """ "condemned the attack and ordered an inquiry": the inquiry's light verb is the conjunct; the minister and
    the gunmen are of one country but two sides."""
    events = extract("Gunmen attacked a passenger bus in Kurram district on Thursday, killing six people.\n"
                     "The provincial chief minister condemned the attack and ordered an inquiry.")
    inquiry = next(e for e in events if e.type == "ACCUSE" and e.trigger is not None and e.trigger.text == "inquiry")
    assert sides(inquiry.target) == {("PAK", "UAF")}


def test_a_rejected_claim_answers_the_statement_aimed_at_the_rejecter() -> None:
    """What was claimed came with an appeal to the rejecter, not an accusation: the rejection answers its maker."""
    events = extract("Pakistan's foreign ministry said the bombers had been trained in Afghanistan and urged Kabul "
                     "to act against militant hideouts.\nThe Taliban government rejected the claim.")
    assert codes(only(events, "REJECT").target) == {"PAK"}


def test_a_call_for_peoples_release_is_aimed_at_whoever_holds_them() -> None:
    """Not at the people to be freed: at the navy that arrested them, told in the call's paragraph. A round-up's
    arrest by another country's police, two items back, holds someone else."""
    events = extract("Sri Lankan navy personnel arrested 14 Indian fishermen off Delft island on Sunday, accusing "
                     "them of poaching. India's foreign ministry demanded the immediate release of the fishermen.")
    assert sides(only(events, "REQUEST").target) == {("LKA", "MIL")}
    events = extract("MALI - The army said it had killed 12 militants near Gao.\n"
                     "GHANA - Police in Accra arrested 40 people protesting against illegal mining on Thursday.\n"
                     "GUINEA - Opposition parties called for the release of two activists missing since July.")
    assert only(events, "REQUEST").target == []


def test_a_call_for_an_act_is_no_reaction_to_an_earlier_act_of_its_type() -> None:
    """ "called for the release of ...": what is asked for is yet to come, not the release told before."""
    events = extract("M23 rebels released two aid workers in Ituri on Monday.\n"
                     "The UN called for the release of the journalists.")
    assert codes(only(events, "REQUEST").target) == set()


# ------------------------------------------------------------------ targets the object stands for


def test_an_intercepted_weapon_stands_for_whoever_sent_it() -> None:
    events = extract("Russia's defence ministry said its air defences destroyed 12 Ukrainian drones overnight.")
    assert codes(only(events, "ASSAULT").target) == {"UKR"}
    events = extract("Ukraine's air force said it had shot down 31 of 45 drones launched by Russia overnight.")
    assert codes(only(events, "ASSAULT").target) == {"RUS"}
    fired = only(extract("Russia fired Iranian-made drones at Kyiv overnight."), "ASSAULT")
    assert "IRN" not in codes(fired.target)  # a weapon fired is no party, whoever made it


def test_a_crowd_named_by_a_pronoun_is_the_crowd_that_protested() -> None:
    events = extract("About two hundred women protested in Kabul on Thursday against the decree.\n"
                     "Police fired tear gas to disperse them. Several were arrested, witnesses said.")
    assert sides(only(events, "ASSAULT").target) == {("AFG", "PRO")}
    assert sides(only(events, "COERCE").target) == {("AFG", "PRO")}


def test_a_call_for_an_end_to_the_fighting_is_aimed_at_whoever_fights() -> None:
    """ "called for an end to the fighting and offered to mediate": both statements are aimed at both sides."""
    events = extract("Chadian troops and rebels of the FACT clashed near Mao on Monday.\n"
                     "The African Union called for an immediate end to the fighting and offered to mediate.")
    call, offer = only(events, "REQUEST"), only(events, "AGREE")
    assert codes(call.target) and codes(call.target) == codes(offer.target)
    assert "AU" not in codes(call.target)


def test_a_rejected_offer_is_aimed_at_whoever_made_it() -> None:
    refusal = only(extract("Mali refused an offer of Algerian military assistance on Monday."), "REJECT")
    assert codes(refusal.target) == {"DZA"}


def test_a_charge_rejected_in_an_apposition_is_aimed_at_the_accuser() -> None:
    events = extract("Pakistan accused Afghanistan of sheltering the group, a charge the Taliban government rejected.")
    assert codes(only(events, "REJECT").target) == {"PAK"}


def test_a_rejected_claim_is_aimed_at_whoever_made_it() -> None:
    """The government suffered the act al-Shabaab told of, and rejects what al-Shabaab told."""
    events = extract("Al-Shabaab said on its radio that its fighters had killed 27 soldiers in an ambush.\n"
                     "Somalia's information ministry rejected the claim.")
    rejection = only(events, "REJECT")
    assert {a.name for a in rejection.target} == {"al-Shabaab"}


def test_a_denial_answers_a_teller_of_the_same_country_but_another_side() -> None:
    events = extract("Insurgents said they had killed 20 soldiers in an attack on a base in Macomia.\n"
                     "The army denied losing any men.")
    denial = only(events, "REJECT")
    assert sides(denial.target) == {("MOZ", "REB")}


def test_a_denial_is_not_aimed_at_someone_who_only_spoke_to_the_denier() -> None:
    """A denial with no object told answers an accuser, or the teller of the denier's own act: not whoever
    told of talks with it."""
    events = extract("Kenya's president said he had spoken to Paul Kagame on Sunday.\n"
                     "Rwanda denied that its soldiers were fighting in Goma.")
    assert codes(only(events, "REJECT").target) == set()


def test_the_people_rescued_are_the_target_of_the_help() -> None:
    events = extract("Kenyan police rescued 12 hostages from a forest hideout in Lamu county on Monday.")
    assert sides(only(events, "AID").target) == {("KEN", "CVL")}
    events = extract("Nigerian troops rescued 15 of the captives in a forest in Kaduna state.")
    assert sides(only(events, "AID").target) == {("NGA", "CVL")}
    delivered = only(extract("Germany sent 500 tents to Turkey after the earthquake."), "AID")
    assert codes(delivered.target) == {"TUR"}  # the goods sent are no party


def test_cutting_what_all_the_people_use_is_aimed_at_the_people_of_the_place() -> None:
    """Shutting down the internet is aimed at the civilians of the country where it is cut; suspending two radio
    stations is aimed at their owners, never at the public."""
    events = extract("Mobile internet was suspended in Bajaur on the orders of the interior ministry.")
    assert sides(only(events, "COERCE").target) == {("PAK", "CVL")}
    events = extract("The ministry suspended the licences of two local radio stations in Nairobi.")
    assert ("KEN", "CVL") not in sides(only(events, "COERCE").target)


def test_things_seized_belonged_to_whoever_the_seizer_fought() -> None:
    events = extract("Al-Shabaab said its fighters had killed 27 Somali soldiers near Mogadishu and seized four "
                     "armoured vehicles.")
    seizure = next(e for e in events if e.type == "COERCE")
    assert sides(seizure.target) == {("SOM", "MIL")}
    events = extract("The Sri Lankan navy arrested 17 Indian fishermen and seized three trawlers off Delft.")
    seizure = next(e for e in events if e.type == "COERCE" and e.mode == "seize")
    assert sides(seizure.target) == {("IND", "CVL")}


def test_an_army_camp_attacked_is_the_army_of_the_country_where_it_stands() -> None:
    events = extract("Fano fighters attacked a military camp near the town of Sekota in Ethiopia on Thursday.")
    assert sides(only(events, "ASSAULT").target) == {("ETH", "MIL")}


def test_power_seized_in_a_coup_is_taken_from_the_countrys_government() -> None:
    events = extract("Niger's military government, which seized power in a coup in July 2023, expelled French "
                     "troops last year.")
    coup = next(e for e in events if e.type == "COERCE" and e.mode == "seize")
    assert sides(coup.target) == {("NER", "GOV")}


def test_whose_thing_the_object_is_names_the_target() -> None:
    """ "the Egyptian ceasefire proposal": the demonym sits on the compound; "the offices of the main opposition
    party": an owner of no stated country belongs to the country where the act happened."""
    assert codes(only(extract("Hamas rejected the Egyptian ceasefire proposal on Saturday."), "REJECT").target) \
        == {"EGY"}
    raid = only(extract("Zimbabwean police raided the offices of the main opposition party in Harare."), "COERCE")
    assert sides(raid.target) == {("ZWE", "PTY")}


def test_a_warning_with_no_target_is_aimed_at_the_parties_of_the_clause_it_governs() -> None:
    """The speaker's own side is left out: Venezuelan troops would occupy, Guyana is the one warned."""
    events = extract("Venezuela's defence minister warned that troops would occupy the disputed Essequibo region "
                     "if Guyana granted new oil concessions.")
    assert codes(only(events, "THREATEN").target) == {"GUY"}
    events = extract('Defence Minister Yoav Gallant warned that Israel could "copy-paste" Gaza to Beirut.')
    assert codes(only(events, "THREATEN").target) == {"LBN"}


def test_an_intercepted_weapon_told_before_was_sent_by_whoever_fired_it() -> None:
    events = extract("Houthi rebels launched a barrage of drones at shipping in the Red Sea on Tuesday. "
                     "American warships shot down 21 of them.")
    downed = next(e for e in events if "USA" in codes(e.source))
    assert downed.notes["target"] == "whoever sent the weapon it intercepted"
    assert codes(downed.target) == {"YEM"}


# ------------------------------------------------------------------ parses that hide a party


def test_a_speaker_whose_verb_the_parser_hangs_on_it_is_the_source() -> None:
    """ "called ON all sides" keeps the object of its preposition: no passive, so the noun it hangs on speaks."""
    appeal = only(extract("The African Union's special envoy called on all sides to reopen the roads."), "REQUEST")
    assert codes(appeal.source) == {"AU"}


def test_a_doer_the_parser_makes_a_second_subject_of_the_reporting_verb_is_the_source() -> None:
    """ "Armed bandits abducted 43 villagers ..., police said": parsed as "bandits [abducted ...] ... said", with
    the participle keeping its object, so no passive: the bandits abducted, the villagers were abducted."""
    events = extract("GUSAU, Nigeria, Nov 18 - Armed bandits abducted at least 43 villagers in a night raid on "
                     "Kwanar Dutse in Zamfara State, police and residents said on Wednesday.")
    abduction = only(events, "ASSAULT")
    assert sides(abduction.source) == {("NGA", "UAF")} and sides(abduction.target) == {("NGA", "CVL")}


def test_a_doer_the_parser_hangs_on_the_dateline_as_its_apposition_is_the_source() -> None:
    """ "PORT-AU-PRINCE — Gunmen ... attacked": the dateline is parsed as the subject and the doer as its
    apposition; where the report was filed is no party, the apposition is."""
    events = extract("PORT-AU-PRINCE — Gunmen of the Viv Ansanm gang coalition attacked the hillside commune of "
                     "Kenscoff above the capital early on Wednesday.")
    assert sides(only(events, "ASSAULT").source) == {("HTI", "UAF")}


def test_people_an_agentless_participle_describes_are_its_target() -> None:
    conviction = only(extract("Mali's president pardoned 30 officers convicted over a 2012 mutiny."), "SANCTION")
    assert codes(conviction.source) == set()  # nobody says who convicted them
    assert sides(conviction.target) == {("MLI", "MIL")}


def test_an_envoy_sent_to_a_capital_meets_that_capitals_government() -> None:
    """The source's own minister is no target: where he is sent is."""
    visit = only(extract("Italy sent its defence minister to Tripoli for talks."), "CONSULT")
    assert codes(visit.source) == {"ITA"}
    assert codes(visit.target) == {"LBY"}


def test_help_given_to_someone_reaches_them_however_the_parser_hangs_to() -> None:
    """ "granted asylum TO X": the parser calls "to" the verb's dative, not a preposition."""
    asylum = only(extract("Turkey has granted asylum to Sudan's former foreign minister."), "AID")
    assert sides(asylum.target) == {("SDN", "GOV")}


def test_its_people_in_a_joined_clause_belong_to_that_clauses_subject() -> None:
    """Not to the country named last: the subject of the clause it is joined to is the likelier owner."""
    events = extract("Chad has promised to send a battalion to Niger, but its soldiers have not yet deployed.")
    deployment = next(e for e in events if e.type == "MOBILIZE" and e.source[0].text == "its soldiers")
    assert sides(deployment.source) == {("TCD", "MIL")}


def test_its_people_stay_with_the_party_named_as_the_object_before_them() -> None:
    """ "Israel struck Hezbollah, and its fighters fired back": "its" may be Hezbollah's, so the rule keeps away."""
    events = extract("Israel struck Hezbollah, and its fighters fired rockets back.")
    reply = next(e for e in events if e.type == "ASSAULT" and e.source and e.source[0].text == "its fighters")
    assert codes(reply.source) == {"LBN"}


def test_a_claim_of_responsibility_names_the_doer_of_a_blast_told_nowhere_else() -> None:
    blast = only(extract("Al-Shabaab claimed responsibility for the explosion in Mogadishu."), "ASSAULT")
    assert codes(blast.source) == {"SOM"} or {a.org for a in blast.source} == {"SHABAAB"}


def test_a_possessive_pronoun_on_an_act_points_to_its_light_verbs_subject() -> None:
    assault = only(extract("The Syrian Armed Forces began their assault on Saturday morning near Palmyra."), "ASSAULT")
    assert codes(assault.source) == {"SYR"}


def test_an_act_with_no_party_no_toll_and_no_place_beside_another_is_left_out() -> None:
    """Nothing in it can be counted in an actor matrix or put on a map (issue 13): "accused of supporting armed
    groups" tells two acts and codes neither. The one act a sentence tells stays (its parties may be named in
    words flashpoint cannot code), and an unnamed party is a party."""
    assert not extract("Survivors said the victims had been accused of supporting armed groups.")
    assert only(extract("The dockworkers ended their strike on Thursday."), "CONCEDE")
    assert only(extract("Unknown gunmen attacked a bus on Monday."), "ASSAULT")
    assert only(extract("Pirates held 19 sailors hostage off the coast of Somalia."), "ASSAULT")


def test_the_subject_a_person_of_no_name_tells_of_is_that_person() -> None:
    law = only(extract("Kenya's president said he might declare martial law."), "COERCE")
    assert codes(law.source) == {"KEN"} and law.status == "hypothetical"


# ------------------------------------------------------------------ targets inside the object (issue 13)


def test_lifting_sanctions_against_a_country_is_aimed_at_that_country() -> None:
    """ "lifted sanctions AGAINST X", "lifted its blockade OF X": the one the measure was aimed at is conceded to."""
    eased = only(extract("Canada lifted its remaining sanctions against Belarus on Tuesday."), "CONCEDE")
    assert codes(eased.target) == {"BLR"}
    blockade = only(extract("Egypt lifted its blockade of Libya after the talks."), "CONCEDE")
    assert codes(blockade.target) == {"LBY"}


def test_a_border_closed_with_a_neighbour_is_aimed_at_the_neighbour() -> None:
    """The parser hangs "with Togo" on the verb, not on "borders": it is still the border's other side."""
    closed = only(extract("Benin closed its borders with Togo and Niger on Friday."), "COERCE")
    assert {"TGO", "NER"} <= codes(closed.target)


def test_whoever_holds_a_place_that_is_hit_is_the_target() -> None:
    """ "rebel-held", "held by the rebels": the holder of a shelled town is who it is aimed at."""
    shelled = only(extract("Myanmar's army shelled rebel-held villages in Shan state overnight."), "ASSAULT")
    assert sides(shelled.target) == {("MMR", "REB")}
    held = only(extract("Syrian troops bombarded a town held by the rebels near Idlib."), "ASSAULT")
    assert ("SYR", "REB") in sides(held.target)


def test_a_rejected_proposal_is_aimed_at_whoever_submitted_it() -> None:
    refusal = only(extract("Kenya's parliament rejected a plan submitted by the World Bank."), "REJECT")
    assert {a.org for a in refusal.target} == {"WB"}


def test_aid_given_to_help_a_country_reaches_that_country() -> None:
    """A purpose clause ("to help X") and a supply verb's object ("provided X with") name who is helped."""
    sent = only(extract("Chile donated water pumps to assist Bolivia after the floods."), "AID")
    assert codes(sent.target) == {"BOL"}
    supplied = only(extract("Japan provided Sri Lanka with rice and medicine last month."), "AID")
    assert codes(supplied.target) == {"LKA"}


def test_a_threat_to_strike_a_city_abroad_is_aimed_at_that_citys_country() -> None:
    """The threatened act has no party but a place in another country than the speaker's: that country."""
    threat = only(extract("Hezbollah threatened on Monday to shell Haifa."), "THREATEN")
    assert codes(threat.target) == {"ISR"}


def test_a_mediation_effort_is_the_mediators_act_between_the_two_sides() -> None:
    effort = only(extract("Qatar launched a mediation effort between Ethiopia and Eritrea."), "CONSULT")
    assert codes(effort.source) == {"QAT"}
    assert codes(effort.target) == {"ETH", "ERI"}


# ------------------------------------------------------------------ sources


def test_a_speaker_named_after_the_quote_is_the_source_not_the_target() -> None:
    """ '"...," warned the foreign minister': the parser takes the inverted subject for an object."""
    events = extract('"We will respond with full force to any aggression," warned the Pakistani foreign minister on '
                     'Sunday.')
    warning = only(events, "THREATEN")
    assert sides(warning.source) == {("PAK", "GOV")} and warning.target == []
