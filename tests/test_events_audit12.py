"""Acts not done that came out as done on text others wrote (session 12 audit of public corpora: synthetic stories,
event notes, wire sentences), in the families the audit found, each beside an act that was done in like words so
that a fix cannot simply drop events.

All sentences were written for this test, with other places, people and words than the texts audited.
"""

from __future__ import annotations

import pytest

from status_checks import assert_done, assert_not_done

# (text, type of the act that did not happen)
NOT_DONE = [
    # what a protest demands in a clause of the bare verb, torn from the demand by the parser or after "that"
    ("On 3 May 2023, students rallied in Rennes to demand the police investigate a beating at the campus.", "ACCUSE"),
    ("On 9 June 2023, nurses marched in Graz in demand of the ministry grant them housing aid.", "AID"),
    ("Chile repeated its demand that Peru lift the sanctions on its fishing fleet.", "CONCEDE"),
    # what a call asks for, its infinitive hung on the object of a second "for"
    ("On 3 May 2023, residents rallied in Quito to call for justice and for charges to be filed against the guards.",
     "ACCUSE"),
    # what a noun of chance or fear names, what a side is open to, is interested in, or has pledged
    ("Norway raised the possibility of suspending talks with Chile over the fishing dispute.", "SANCTION"),
    ("Dockers in Gdansk voiced their fear of the port authority halting aid to their families.", "SANCTION"),
    ("The Malian government said it is open to cooperating with the new regional force if Niger agrees.",
     "COOPERATE"),
    ("Peru has expressed interest in negotiating an end to the border dispute with Ecuador.", "CONSULT"),
    ("Kenya has a week to fulfil a pledge of military support for Malawi, officials in Lilongwe said.", "SUPPORT"),
    # what a ban keeps its target from doing
    ("The government froze their assets, banning them from withdrawing money from the country.", "RETREAT"),
    # a retreat not yet made is no concession made, whoever tells it
    ("The rebels have not yet withdrawn from the town of Dori, the governor said.", "CONCEDE"),
    ("The rebels have not yet withdrawn from the town of Dori, the governor said.", "RETREAT"),
    # "at no time", "in no way"
    ("The army said that at no time did its soldiers attack a civilian in the Kakuma camp.", "ASSAULT"),
    # the trip a coming journey is made on; how a coming act will be done; what lies on the eve of an act
    ("The speaker of the Ghanaian parliament will on Monday lead a delegation on a two-day visit to Japan.",
     "CONSULT"),
    ("The governor will issue orders allowing the army to sweep the valley by deploying the police and the guard.",
     "MOBILIZE"),
    ("The pact was signed on the eve of a summit of Andean leaders in Lima.", "CONSULT"),
    # what a verb of preventing with its own object keeps it from
    ("Soldiers set up checkpoints to prevent the access of hundreds of farmers to Tegucigalpa to join a march "
     "against the president.", "PROTEST"),
    # "at no time" hung on the auxiliary; a demanded act the parser joins to the protest's verb
    ("Moreover, at no time did any member of the Kenyan unit assault a member of the public in Juba.", "ASSAULT"),
    ("On 3 May 2023, farmers marched in Lyon demanding justice and the arrest of the officials behind the fraud.",
     "COERCE"),
    # a scheme's infinitive hung on the verb above the scheme; what may come of something; a gerund ruled out
    ("Police in Ohio uncovered a plot to blow up a rail bridge near Dayton.", "ASSAULT"),
    ("Four men took part in a plot to blow up a rail bridge near Dayton, prosecutors said.", "ASSAULT"),
    ("A strike by nurses in Porto could lead to doctors resigning from the main hospital.", "RETREAT"),
    ("Sending troops to Haiti is out of the question, the Brazilian defence minister said.", "MOBILIZE"),
    # a call not heeded
    ("On 4 May 2023, dock workers did not heed the call by the union for a general strike in Mombasa.", "PROTEST"),
]

# (text, type of the act that did happen)
DONE = [
    ("On 3 May 2023, students rallied in Rennes after the police investigated a beating at the campus.", "ACCUSE"),
    ("On 9 June 2023, the ministry granted housing aid to nurses in Graz.", "AID"),
    ("Peru lifted the sanctions on Chile's fishing fleet on Monday.", "CONCEDE"),
    ("On 3 May 2023, prosecutors in Quito filed charges against the guards.", "ACCUSE"),
    ("Norway suspended talks with Chile over the fishing dispute.", "SANCTION"),
    ("Clashes in the north raised fears of a spillover of the war in Tigray into Eritrea.", "ASSAULT"),
    ("The port authority in Gdansk halted aid to the families of striking dockers.", "SANCTION"),
    ("The Malian government said it is cooperating with the new regional force in the north.", "COOPERATE"),
    ("Peru has negotiated an end to the border dispute with Ecuador, officials said.", "CONSULT"),
    ("Kenya gave military support to Malawi last year.", "SUPPORT"),
    ("The rebels withdrew from the town of Dori on Sunday, the governor said.", "RETREAT"),
    ("The army said that at dawn its soldiers attacked a rebel post near the Kakuma camp.", "ASSAULT"),
    ("The speaker of the Ghanaian parliament led a delegation on a two-day visit to Japan last week.", "CONSULT"),
    ("The governor issued orders allowing the army to sweep the valley by deploying the police and the guard.",
     "MOBILIZE"),
    ("The pact was signed at a summit of Andean leaders in Lima.", "CONSULT"),
    ("Hundreds of farmers travelled to Tegucigalpa to join a march against the president.", "PROTEST"),
    ("On 5 May 2023, farmers blocked the main road into Tegucigalpa to protest against the new land law.", "PROTEST"),
    ("Moreover, at dawn a member of the Kenyan unit assaulted a member of the public in Juba.", "ASSAULT"),
    ("On 3 May 2023, farmers marched in Lyon after the police made the arrest of the officials behind the fraud.",
     "COERCE"),
    ("Four men blew up a rail bridge near Dayton, prosecutors said.", "ASSAULT"),
    ("A strike by nurses in Porto led to doctors resigning from the main hospital.", "RETREAT"),
    ("Sending troops to Haiti was the right decision, the Brazilian defence minister said.", "MOBILIZE"),
    # a call heeded: what it asked for was done
    ("On 4 May 2023, dock workers responded to the call by the union for a general strike in Mombasa.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_DONE)
def test_an_act_not_done_in_these_phrasings_is_not_coded_as_done(text: str, type_: str) -> None:
    assert_not_done(text, type_)


@pytest.mark.parametrize(("text", "type_"), DONE)
def test_an_act_done_in_like_phrasings_is_coded_as_done(text: str, type_: str) -> None:
    assert_done(text, type_)
