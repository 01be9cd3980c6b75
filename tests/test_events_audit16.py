"""Acts not done that came out as done on text others wrote (session 16 audit: police reports of another country, in
lower case, documents 251-600), in the families that hold for ordinary news too, each beside an act that was done in
like words so that a fix cannot simply drop events.

All sentences were written for this test, with other places, people and words than the texts audited.
"""

from __future__ import annotations

import pytest

from status_checks import assert_done, assert_not_done

# (text, type of the act that did not happen)
NOT_DONE = [
    # a counterfactual: what would or should have been done was not, and nothing was refused
    ("Had Bogota wanted a war, its envoys would not have agreed to the talks in Havana.", "REJECT"),
    ('"Had they warned us a day earlier, we would have thanked them," the Peruvian minister said.', "SUPPORT"),
    ('"Had they warned us a day earlier, we would have thanked them," the Peruvian minister said.', "AGREE"),
    ("The gendarmes should have detained the smugglers at the Niger border.", "COERCE"),
    # an obligation in the present, or a duty, is a task still to do
    ('"Before anything else, we have to arrest the arsonists," the governor of Kasai said.', "COERCE"),
    ("The senator said it was the army's duty to free the kidnapped teachers.", "RETREAT"),
    # "nor" denies the verb it joins, and a subject that "neither ... nor" denies denies what its verb governs
    ("Not a single shop was looted in Bouake, nor a single trader killed.", "ASSAULT"),
    ("Neither the emir nor his premier saw fit to instruct the police to crack down on the smugglers.", "COERCE"),
    # what a sought ruling or pledge is for is sought with it, and what a court is petitioned to do is asked
    ("A judge in Bishkek threw out a petition seeking a direction for lifting the curfew in Osh.", "CONCEDE"),
    ("The court will hear pleas seeking fines for the organisers and a direction for deployment of soldiers in Goma.",
     "MOBILIZE"),
    ("Lawyers for the miners petitioned the high court to lift the curbs on their march.", "CONCEDE"),
    # an act argued to be pointless, forces only at hand for one, an act one is (not) interested in
    ('"There is no point in our negotiating the draft," the Bolivian envoy said.', "CONSULT"),
    ("The ministry says there were no police units available for immediate deployment in Tigray.", "MOBILIZE"),
    ("The junta in Niamey is not interested in negotiating with the rebels.", "CONSULT"),
    ("The junta in Niamey is interested in negotiating with the rebels.", "CONSULT"),
    # the means of what should be done, and an act listed among measures that can be considered
    ('"Efforts should be made to resolve these problems through talks," the Kenyan president said.', "CONSULT"),
    ("Tougher steps, including arrests, can be considered if the blockade goes on.", "COERCE"),
    # what a decided act is for has not been done yet, and what a demand holds is asked
    ("The Sri Lankan cabinet decided to name a retired judge to investigate the shooting in Jaffna.", "ACCUSE"),
    ("The dockers say their demands include the resignation of the port minister.", "RETREAT"),
    # what it is not the time for, what a law entitles one to do, what one is free to do, a meeting evaded
    ("Ministers in Dili say this is not the right time to hand over the disputed land to the council.", "CONCEDE"),
    ("The new statute entitles the state to hand over the disputed land to the council.", "CONCEDE"),
    ('"If the bishop objects, the police are free to arrest us," the pastor said.', "COERCE"),
    ("The Houthi delegates evaded a meeting with the Omani mediators.", "CONSULT"),
    # an act a party failed in, what a deal that is only hoped for would settle, and a programme announced
    ("The Zambian treasury failed in negotiating new loans from the lenders.", "CONSULT"),
    ("The elders still hoped that a deal on settling the grazing dispute would be reached soon.", "AGREE"),
    ("The dockers' union had announced a programme to take out a march from the port to the capital.", "PROTEST"),
    # "in case" opens a condition: a refusal that may come is none made
    ("In case the protesters refuse to leave, they might be detained, a Nairobi official said.", "REJECT"),
    # a consensus only hoped for, a failure in an act, forces a side says it has none of for an act
    ("The mediator still hoped that a consensus on settling the water dispute would be reached soon.", "AGREE"),
    ("The province is short of cash owing to its failure in negotiating loans from the lenders.", "CONSULT"),
    ("The Sudanese army says there were no infantry columns for immediate deployment in Darfur.", "MOBILIZE"),
    # an act named as the means of an infinitive goes as the infinitive does
    ("The mayor of Lyon told party workers not to fill the streets with rallies.", "PROTEST"),
    # help a command asks of subordinates is still to be given (the coercion a command enacts is told: below)
    ("The Chadian premier directed the local authorities to deliver urgent aid to the displaced families.", "AID"),
    # (a subject that denies refuses nothing in a clause below its verb that is no infinitive)
    ("Nothing has been communicated yet, as a decision is expected only when the cleric meets the Malian premier "
     "tonight.", "REJECT"),
    # an act that names an order is only allowed by it
    ("Neither the army nor the shoot-at-sight orders given to the police could calm the mob in Kano.", "ASSAULT"),
    # the second of two joined means of what could be done
    ("The premier said the feud could be solved either through the court's ruling or through negotiations.", "CONSULT"),
]

# (text, type of the act that did happen)
DONE = [
    ("The envoys of Bogota agreed to the talks in Havana on Monday.", "AGREE"),
    ("The Peruvian minister thanked the Chilean navy for the warning on Monday.", "SUPPORT"),
    ("The gendarmes detained the smugglers at the Niger border on Friday.", "COERCE"),
    # (an obligation told in the past was met)
    ("The police had to arrest forty rioters in Mbuji-Mayi on Sunday.", "COERCE"),
    ('"We arrested the arsonists last night," the governor of Kasai said.', "COERCE"),
    ("The army freed the kidnapped teachers on Tuesday, the senator said.", "RETREAT"),
    ("Several shops were looted in Bouake and a trader killed on Sunday.", "ASSAULT"),
    ("The emir instructed the police to crack down on the smugglers.", "COERCE"),
    # (a speaker that says no one claimed an act leaves it told: "no group has said it carried out the attack")
    ("No group has said it carried out the bombing of the market in Maiduguri on Friday.", "ASSAULT"),
    ("A judge in Bishkek lifted the curfew in Osh on Monday.", "CONCEDE"),
    ("The court issued a direction for the deployment of soldiers in Goma.", "MOBILIZE"),
    ("The high court lifted the curbs on the miners' march on Tuesday.", "CONCEDE"),
    ("The Bolivian envoy negotiated the draft with the miners on Monday.", "CONSULT"),
    ("Police units were deployed in Tigray on Monday, the ministry says.", "MOBILIZE"),
    ("The junta in Niamey negotiated with the rebels on Monday.", "CONSULT"),
    ("Efforts were made to resolve these problems through talks in Nakuru last week.", "CONSULT"),
    ("Tougher steps, including arrests, were taken against the blockade on Monday.", "COERCE"),
    ("The Sri Lankan cabinet decided to investigate the shooting in Jaffna.", "ACCUSE"),
    ("The reshuffle included the resignation of the port minister on Monday.", "RETREAT"),
    ("The state handed over the disputed land to the council in Dili on Monday.", "CONCEDE"),
    ("The police arrested the pastor on Monday.", "COERCE"),
    ("The Houthi delegates held a meeting with the Omani mediators on Monday.", "CONSULT"),
    ("The Zambian treasury negotiated new loans from the lenders on Monday.", "CONSULT"),
    ("A deal on settling the grazing dispute was reached in Maiduguri on Monday.", "AGREE"),
    ("The dockers' union took out a march from the port to the capital on Monday.", "PROTEST"),
    ("The protesters refused to leave the square on Monday, a Nairobi official said.", "REJECT"),
    ("A consensus on settling the water dispute was reached in Juba on Monday.", "AGREE"),
    ("The province negotiated loans from the lenders on Monday.", "CONSULT"),
    ("The Sudanese army deployed two infantry columns in Darfur on Monday.", "MOBILIZE"),
    ("Party workers filled the streets of Lyon with rallies on Monday.", "PROTEST"),
    ("The local authorities delivered urgent aid to the displaced families in Abeche on Monday.", "AID"),
    ("The Chadian premier directed the police to arrest the smugglers in Abeche.", "COERCE"),
    ("The feud was solved either through the court's ruling or through negotiations in Goma last year.", "CONSULT"),
    ("Police shot dead two rioters in Kano on Friday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_DONE)
def test_an_act_not_done_in_these_phrasings_is_not_coded_as_done(text: str, type_: str) -> None:
    assert_not_done(text, type_)


@pytest.mark.parametrize(("text", "type_"), DONE)
def test_an_act_done_in_like_phrasings_is_coded_as_done(text: str, type_: str) -> None:
    assert_done(text, type_)
