"""Trigger vocabulary: words and phrasings of news text that name an act, and their look-alikes that do not.

Each sentence was written for this file; the vocabulary lives in src/flashpoint/events/data/ (triggers.yaml,
patterns.yaml, words.yaml). The tests run the real spaCy model.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from test_events import codes, only

PUBLISHED = date(2024, 6, 20)


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), [
    # cutting, suspending and ending help or ties
    ("Norway reduced its development aid to Tanzania on Monday.", "SANCTION", "discontinue", "NOR", "TZA"),
    ("Turkey suspended grain shipments to Armenia.", "SANCTION", "discontinue", "TUR", "ARM"),
    ("The junta ended its military cooperation with France.", "SANCTION", "discontinue", None, "FRA"),
    # easing
    ("Washington lowered tariffs on Mexican steel.", "CONCEDE", None, "USA", None),
    ("The dockworkers ended their strike in Rotterdam on Thursday.", "CONCEDE", None, None, None),
    # help and cooperation
    ("Japan has provided Jordan with water pumps and generators.", "AID", None, "JPN", None),
    ("Italian prosecutors shared evidence with their Albanian counterparts.", "COOPERATE", None, "ITA", "ALB"),
    ("The museum returned two looted antiquities to Iraq in May.", "RETREAT", "return", None, "IRQ"),
    ("Kazakhstan defended Russia's role in the peacekeeping mission.", "SUPPORT", None, "KAZ", None),
    ("Chile expressed its condolences to the people of Turkey.", "SUPPORT", None, "CHL", "TUR"),
    # disapproval, lawsuits, denials, refusals
    ("Canada expressed outrage at the sentencing of the two activists.", "ACCUSE", "disapprove", "CAN", None),
    ("The European Commission launched legal proceedings against Hungary.", "ACCUSE", "allege", "EU", "HUN"),
    ("Nigeria regretted the decision of the three juntas.", "ACCUSE", "disapprove", "NGA", None),
    ("Beijing opposed the deployment of the missile system.", "REJECT", None, "CHN", None),
    ("The ministry denied the allegation.", "REJECT", None, None, None),
    ("Several thousand refugees sought refuge in Chad.", "REQUEST", None, None, None),
    ("The opposition pushed the government for early elections.", "REQUEST", None, None, None),
    ("The US presented evidence against Iran at the Security Council.", "ACCUSE", "allege", "USA", "IRN"),
    ("Washington pressured Islamabad to close the camps.", "REQUEST", None, "USA", "PAK"),
    # easing, concessions and ceasefires in deed
    ("Uzbekistan scrapped the restrictions on foreign journalists.", "CONCEDE", None, "UZB", None),
    ("The Bangladeshi government promised to lift the curfew in Dhaka.", "CONCEDE", None, "BGD", None),
    ("The Kenyan government made concessions to the striking doctors.", "CONCEDE", None, "KEN", None),
    ("The Zambian teachers' union suspended its strike on Monday.", "CONCEDE", None, "ZMB", None),
    ("Ecuador granted citizenship to the Swedish activist.", "CONCEDE", None, "ECU", None),
    ("Damascus granted safe passage to the aid convoys.", "RETREAT", "access", "SYR", None),
    ("Houthi fighters suspended their offensive near the Saudi border.", "RETREAT", "ceasefire", None, None),
    ("The World Food Programme halted aid deliveries to northern Gaza.", "SANCTION", "discontinue", None, None),
    # help and closer ties
    ("Germany earmarked 5 million euros in emergency aid for Haiti.", "AID", None, "DEU", None),
    ("A Brazilian judge approved the extradition of the former Peruvian president.", "COOPERATE", None, "BRA", None),
    ("Kenya and Ethiopia deepened their security cooperation on Friday.", "COOPERATE", None, "KEN", None),
    ("Rwanda applauded the decision of the Security Council.", "SUPPORT", None, "RWA", None),
    ("Security forces sealed off the centre of Conakry on Wednesday.", "COERCE", "restrict", None, None),
    ("A US grand jury returned indictments against three Russian hackers.", "ACCUSE", "allege", None, None),
    # force
    ("Al-Shabaab fighters held about 40 villagers as human shields in the town.", "ASSAULT", "abduct", None, None),
    ("Pirates held 19 sailors hostage off the coast of Somalia.", "ASSAULT", "abduct", None, None),
    ("Thai troops remained on high alert along the border.", "MOBILIZE", "troops", "THA", None),
    ("About 300 Rwandan troops arrived in Mozambique on Friday.", "MOBILIZE", "troops", "RWA", None),
    ("Nurses at the hospital stopped work on Tuesday.", "PROTEST", "strike", None, None),
    # joint exercises are COOPERATE (docs/gold-format.md, PLOVER manual); one side's war games MOBILIZE
    ("France and Egypt launched joint war games in the Mediterranean.", "COOPERATE", None, "FRA", None),
    ("Iran launched war games near the Strait of Hormuz.", "MOBILIZE", "troops", "IRN", None),
    ("The Council reimposed sanctions on Mali's junta.", "SANCTION", None, None, "MLI"),
    # more news verbs and nouns
    ("Rioting broke out in Leicester on Sunday.", "PROTEST", "riot", None, None),
    ("Gunmen hijacked a bus carrying 30 Pakistani pilgrims.", "ASSAULT", "abduct", None, None),
    ("Kenyan police teargassed opposition supporters in Nairobi.", "ASSAULT", "crowd-control", "KEN", None),
    ("India and France inked a defence pact on Friday.", "AGREE", None, "IND", None),
    ("The UN Security Council censured Iran.", "ACCUSE", "disapprove", "UNSC", "IRN"),
    ("Armenia and Azerbaijan swapped prisoners on Wednesday.", "RETREAT", "release", "ARM", None),
    ("Russia amassed troops near the Ukrainian border.", "MOBILIZE", "troops", "RUS", None),
    ("Iranian authorities carried out the public execution of two men.", "ASSAULT", "targeted", "IRN", None),
    ("Hungary snubbed the EU summit in Brussels.", "REJECT", None, "HUN", None),
    ("Israel carried out strikes against Hamas positions in Gaza.", "ASSAULT", "aerial", "ISR", "PSE"),
    ("Algerian authorities suspended publication of the largest newspaper.", "COERCE", "censor", "DZA", None),
    ("Omar al-Bashir declared a cessation of hostilities in Sudan.", "RETREAT", "ceasefire", "SDN", None),
    ("The United States handed over medical supplies to the Ethiopian health ministry.", "AID", None, "USA", "ETH"),
    ("Germany raised concerns over the mass arrests in Turkey.", "ACCUSE", "disapprove", "DEU", None),
    ("Kosovo is sending a military platoon to Kuwait.", "MOBILIZE", "troops", "XKX", "KWT"),
    ("Israeli troops apprehended a Lebanese man near the border.", "COERCE", "arrest", "ISR", None),
    ("Abiy Ahmed held bilateral discussions with the Somali president.", "CONSULT", None, "ETH", "SOM"),
    ("The Indian state government denied permission to the rally.", "REJECT", None, "IND", None),
    ("Protesters in Skopje burned the Albanian flag.", "PROTEST", "demo", None, None),
    ("Obama gave the Russian president a stern warning.", "THREATEN", None, "USA", "RUS"),
    ("Japan cut tariffs on American farm goods.", "CONCEDE", None, "JPN", None),
    # courts, concessions, boycotts, disinformation (phrasings of the NGEC headline templates)
    ("A Kenyan court found four men guilty of treason.", "SANCTION", "convict", "KEN", None),
    ("A Kenyan court handed down a death sentence to the former general.", "SANCTION", "convict", "KEN", None),
    ("The Kenyan government gave in to the demands of the strikers.", "CONCEDE", None, "KEN", None),
    ("Kenya warned Uganda of retaliation after the expulsions.", "THREATEN", None, "KEN", "UGA"),
    ("Kenya and Uganda signed a two billion dollar aid package.", "AID", None, "KEN", None),
    ("The Kenyan government spread disinformation about the vote.", "COERCE", "misinformation", "KEN", None),
    ("Ugandan rebels formally disbanded on Monday.", "RETREAT", "disarm", "UGA", None),
    ("The Kenyan governor ordered police to the city centre.", "MOBILIZE", "troops", "KEN", None),
    ("Ugandan rebels quit the peace talks.", "SANCTION", "withdraw", "UGA", None),
    ("Pakistan's army launched an operation against militants in North Waziristan.", "ASSAULT", None, "PAK", None),
    ("Niger's junta revoked a military cooperation agreement with the United States.", "SANCTION", "discontinue",
     "NER", "USA"),
    ("Mali's junta expelled the head of the UN human rights mission.", "SANCTION", "expel", "MLI", "UN"),
    ("The government cut internet access in Amhara region.", "COERCE", "withhold", "ETH", None),
    ("Indian and Chinese troops disengaged from the Depsang plains.", "RETREAT", "withdraw", "IND", None),
    ("Saudi Arabia and Syria reopened their embassies on Sunday.", "COOPERATE", None, "SAU", "SYR"),
    ("The United States is designating the Houthis as a terrorist group.", "SANCTION", None, "USA", "YEM"),
    ("The Ministry reiterates its call on Armenia to exercise maximum restraint.", "REQUEST", None, None, "ARM"),
    ("Kenya declined the request for a meeting.", "REJECT", None, "KEN", None),
    ("Kenya shunned the summit in Kampala.", "PROTEST", "boycott", "KEN", None),
    ("Kenyan troops blockaded the city of Kisumu.", "COERCE", "restrict", "KEN", None),
    ("Kenyan police beat protestors at the opposition rally.", "ASSAULT", "beat", "KEN", None),
    ("Kenya increased its military readiness along the border.", "MOBILIZE", "troops", "KEN", None),
    ("Taiwan raised the alert level of its forces.", "MOBILIZE", "troops", "TWN", None),
    ("Kenya brought an official complaint against Uganda.", "ACCUSE", "allege", "KEN", "UGA"),
    ("China welcomed Russian President Vladimir Putin in Beijing.", "CONSULT", "visit", "CHN", "RUS"),
    ("The US lambasted Iran over the attack on the tanker.", "ACCUSE", "disapprove", "USA", None),
    ("Kenyan police cordoned off the centre of Nairobi.", "COERCE", "restrict", "KEN", None),
    ("The IMF forgave 500 million dollars of debt owed by Somalia.", "AID", "economic", "IMF", None),
    # police and diplomatic vocabulary
    ("Indian police fired 20 rounds in the air in Ahmedabad.", "ASSAULT", "firearms", "IND", None),
    ("Police burst tear gas shells to disperse the crowd in Patna.", "ASSAULT", "crowd-control", None, None),
    ("Indian police nabbed two militants in Srinagar.", "COERCE", "arrest", "IND", None),
    ("Over 80 party workers were taken into custody in Lucknow.", "COERCE", "arrest", None, None),
    ("Six of the accused were sent to jail in Tunis on Monday.", "COERCE", "arrest", None, None),
    ("The activist was picked up by police from his home in Delhi.", "COERCE", "arrest", "IND", None),
    ("Delhi police picked up two suspects on Monday.", "COERCE", "arrest", "IND", None),
    ("Indian police resorted to firing in Baroda.", "ASSAULT", "firearms", "IND", None),
    ("Kazakh authorities clamped a curfew on the city.", "COERCE", "curfew", "KAZ", None),
    ("The Kyrgyz foreign ministry sent a note of protest to Tajikistan.", "ACCUSE", "disapprove", "KGZ", None),
    ("Saudi Arabia and the Houthis have observed a truce since April.", "RETREAT", "ceasefire", "SAU", None),
    ("Nurses in Malawi began a three-day strike over pay.", "PROTEST", "strike", None, None),
    ("The EU imposed restrictive measures on nine Iranian officials.", "SANCTION", None, "EU", "IRN"),
    # diplomatic and translated phrasings (wire copy, French/Spanish/Russian-style reports)
    ("The Baltic states imposed entry bans on eleven Georgian officials.", "SANCTION", None, None, "GEO"),
    ("The United States suspended its strategic partnership with Georgia.", "SANCTION", "discontinue", "USA", "GEO"),
    ("Minsk promised a mirror response to the expulsion.", "THREATEN", None, "BLR", None),
    ("The Russian side reserves the right to take retaliatory measures.", "THREATEN", None, "RUS", None),
    ("Moscow is open to dialogue with Chisinau.", "AGREE", None, "RUS", None),
    ("Manila called the ramming a dangerous escalation.", "ACCUSE", "disapprove", "PHL", None),
    ("Tunisia's opposition front called the verdict a political settling of scores.", "ACCUSE", "disapprove", None,
     None),
    ("The Russian Foreign Ministry summoned on Wednesday the ambassador of Moldova.", "ACCUSE", "disapprove", "RUS",
     "MDA"),
    ("The court in Tunis ordered the release of a former Tunisian judge.", "RETREAT", "release", None, "TUN"),
    ("A Turkish F-16 was scrambled on Monday.", "MOBILIZE", None, None, None),
    ("The Chadian defence minister said the army will pursue the terrorists wherever they are.", "THREATEN",
     "violence", None, None),
    ("The minister announced the reinforcement of the garrison with two battalions.", "MOBILIZE", "troops", None,
     None),
    # a protest's violence against the state is a riot (PLOVER PROTEST/riot)
    ("Protesters threw fireworks and stones at riot police in Tbilisi.", "PROTEST", "riot", "GEO", None),
    ("Protesters attacked the French embassy in Kinshasa.", "PROTEST", "riot", None, "FRA"),
    ("The EU banned exports of dual-use goods to Belarus.", "SANCTION", None, "EU", None),   # an embargo
    ("Saudi Arabia and Syria reopened their embassies on Sunday.", "COOPERATE", None, "SAU", "SYR"),
    # emergency rule, coups, closures and barring
    ("Peru's president decreed a state of emergency in Lima on Sunday.", "COERCE", "martial-law", "PER", None),
    ("The Taliban took power in Kabul in August 2021.", "COERCE", "seize", "AFG", None),
    ("Moldova closed the Russian cultural centre in Chisinau.", "COERCE", "restrict", "MDA", "RUS"),
    ("A Tunisian journalist was barred from entering the courthouse.", "COERCE", "restrict", None, "TUN"),
    # taking in and rescuing people
    ("Chad has received more than 600,000 refugees from Sudan since April.", "AID", None, "TCD", None),
    ("Egypt said it had received 60,000 people fleeing the war in Sudan.", "AID", None, "EGY", None),
    ("UN peacekeepers evacuated 150 civilians from a camp near Goma.", "AID", None, "UN", None),
    # disapproval said without a verb of blame; a caution addressed to no one; an invitation to act
    ("China's foreign ministry warned against forming closed military blocs in Asia.", "ACCUSE", "disapprove",
     "CHN", None),
    ("The US State Department said it was \"seriously concerned\" about the drills.", "ACCUSE", "disapprove",
     "USA", None),
    ("France said it was concerned about the fairness of the trial.", "ACCUSE", "disapprove", "FRA", None),
    ("The Kenyan envoy expressed his preoccupation over the killings.", "ACCUSE", "disapprove", "KEN", None),
    ("The UN invited the Burkinabe authorities to conduct an independent inquiry.", "REQUEST", None, "UN", "BFA"),
    # expulsions, votes and denials in other words
    ("Venezuela ordered out Peru's diplomats on Monday.", "SANCTION", "expel", "VEN", "PER"),
    ("Kyrgyz deputies voted down the amendment on Wednesday.", "REJECT", None, "KGZ", None),
    ("The Venezuelan government disputes the figures.", "REJECT", None, "VEN", None),
    ("The Houthis called the US measures \"American piracy\".", "ACCUSE", "disapprove", "YEM", None),
    ("Hackers knocked several Paraguayan government websites offline on Wednesday.", "COERCE", "cyber", None,
     "PRY"),
    ("China staged another round of drills around Taiwan in May.", "MOBILIZE", "troops", "CHN", None),
    ("Japan delivered three radars to the Philippine navy last year.", "AID", None, "JPN", "PHL"),
    # a participle joined to a passive shares its victim and its agent
    ("Georgian protesters were dragged from the square and beaten by police.", "ASSAULT", "beat", "GEO", "GEO"),
])
def test_news_phrasings_name_an_act(text: str, type_: str, mode: str | None, source: str | None,
                                    target: str | None) -> None:
    event = only(extract(text), type_)
    assert event.mode == mode, text
    if source:
        assert source in codes(event.source), text
    if target:
        assert target in codes(event.target), text


@pytest.mark.parametrize(("text", "not_type"), [
    ("The two foreign ministers ended their talks in Geneva on Friday.", "SANCTION"),   # talks concluded
    ("Protesters oppose a bill that would curb the press.", "REJECT"),                  # why they protest
    ("The court denied the men had any links to the rebels.", "ASSAULT"),               # no act is denied
    ("The blast destroyed a bus carrying soldiers visiting a local market.", "CONSULT"),   # no state visit
    ("Ethiopia recalled its ambassador to Somalia for consultations.", "CONSULT"),         # no meeting
    ("Speaking to reporters in Brussels, the NATO chief said the alliance would grow.", "CONSULT"),  # a press talk
    ("Bangladesh's interim government lifted the curfew in Dhaka.", "COERCE"),          # a known curfew ends
    ("The bombing was claimed by the outlawed Kurdistan Workers Party.", "COERCE"),       # a description
    ("The minister expressed hope that the talks would succeed.", "ACCUSE"),
    ("India ruled out talks until Pakistan ends its support for militants.", "SANCTION"),
    ("Trade between the two countries increased by 20 percent.", "COOPERATE"),            # no one acted
    ("The two juntas signed an agreement to expand cooperation.", "COOPERATE"),           # the deal's content
    ("Russia fired the commander of its Black Sea fleet.", "ASSAULT"),                    # a dismissal
    ("The airline booked extra flights to Nairobi.", "ACCUSE"),
    ("The Egyptian government discussed the execution of the plan.", "ASSAULT"),
    ("A Kenyan bank announced a takeover of its rival.", "COERCE"),
    ("French unions carried out a strike against the pension reform.", "ASSAULT"),        # a labour strike
    ("Kenyan trucks picked up food supplies in Mombasa.", "COERCE"),
    ("The Kenyan parliament was disbanded by the president.", "RETREAT"),
    ("The envoy returned to Nairobi on March 4 after the talks.", "PROTEST"),             # the month
    ("Kenyan police have arrested 300 people in Kisumu since March.", "PROTEST"),
    ("The Kenyan government needs humanitarian assistance, the minister said.", "AID"),
    ("Turkish jets took off to intercept a Greek fighter jet over the Aegean.", "ASSAULT"),   # a show of force
    ("Protesters set fire to the state broadcaster's headquarters in Dhaka.", "PROTEST"),      # arson stays ASSAULT
    ("Men on motorbikes attacked protesters with sticks in Dhaka.", "PROTEST"),               # an attack on a protest
    # wire copy and descriptions that name no act
    ("A strike hit the market, two residents told Reuters, asking not to be named.", "REQUEST"),
    ("M23 rebels backed by Rwandan troops entered central Goma.", "SUPPORT"),                 # who the rebels are
    ("Israel recalled its ambassador to Ljubljana for consultations.", "CONSULT"),            # the recall only
    ("The United States, which has a defence treaty with Manila, sent two destroyers.", "AGREE"),
    ("Gunmen shot dead a candidate during a campaign rally in Guerrero.", "PROTEST"),
    # an act named as the condition of another is no act told
    ("The bloc could impose new sanctions on Serbia if Belgrade fails to cooperate with the inquiry.", "COOPERATE"),
    ("Bogota said it would not resume the negotiations until the hostages were released.", "RETREAT"),
    # what talks are about, or what a sanction punishes, is no act told
    ("Envoys from Kenya and Ethiopia held talks in Nairobi on Monday on a ceasefire and the release of prisoners.",
     "RETREAT"),
    ("Washington imposed sanctions on three militia leaders over attacks on aid workers.", "ASSAULT"),
    # an aside's present perfect says who an actor is, not what happened
    ("The militia, which has pledged allegiance to Islamic State, killed 12 villagers in Ituri on Tuesday.", "AGREE"),
    ("Norway, which has long mediated between the two sides, called for restraint.", "CONSULT"),
    ("Mudslides blocked the main highway north of the capital on Sunday.", "PROTEST"),  # no blockade
    ("The unions have called a nationwide strike for Friday.", "REQUEST"),  # they organise it, ask nobody
    ("The opposition party took power after winning the election in May.", "COERCE"),   # an office won
    ("The Kenyan company closed its office in Moscow.", "COERCE"),                       # a business decision
    ("Russia barred 500 Americans from entering the country.", "COERCE"),                # an entry ban: REJECT
    ("The Kenyan ministry received 300 complaints from residents.", "AID"),
    ("Residents evacuated the town before the storm.", "AID"),                           # they left
    ("Kenya was beaten and eliminated in the semi-final.", "ASSAULT"),                   # a match lost
    ("Afghanistan warned Islamabad against any incursion.", "ACCUSE"),                   # a threat to Islamabad
    ("Kataib Hezbollah has not claimed any attack since.", "ASSAULT"),                  # nothing is told
    ("The talks were an exercise in futility.", "MOBILIZE"),
    ("Police watched from behind a cordon and no arrests have been reported.", "COERCE"),
    ("US jets hit depots used by the Revolutionary Guards and the militias it backs.", "SUPPORT"),  # who they are
    ("The assailants burned a dozen huts before withdrawing towards the islands.", "RETREAT"),   # their way out
    ("The Treasury said the action does not target humanitarian deliveries to Yemen.", "ASSAULT"),  # a measure
    ("Two drones were heading for a base hosting American troops in Syria.", "CONSULT"),     # no meeting
    ("More than 3,000 people have sought shelter at the UN base in Malakal.", "REQUEST"),   # they fled
])
def test_look_alikes_name_no_such_act(text: str, not_type: str) -> None:
    assert not [e for e in extract(text) if e.type == not_type], text


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Erdogan issued an ultimatum to Damascus on Monday.", "THREATEN", "SYR"),               # the addressee
    ("Kyrgyzstan handed a protest note to Tajikistan.", "ACCUSE", "TJK"),
    ("Hundreds of British troops arrived in Mali on Monday.", "MOBILIZE", "MLI"),             # foreign troops
])
def test_targets_of_news_phrasings(text: str, type_: str, target: str) -> None:
    assert target in codes(only(extract(text), type_).target), text


def test_troops_on_alert_at_home_are_aimed_at_no_one() -> None:
    alert = only(extract("French police remained on alert in Paris on Sunday."), "MOBILIZE")
    assert not codes(alert.target)

