"""Acts not done that came out as done on text others wrote (session 14 audit: police reports of another country,
in lower case, and the PETRARCH-2 validation sentences), in the families the audit found that hold for ordinary news
too, each beside an act that was done in like words so that a fix cannot simply drop events.

All sentences were written for this test, with other places, people and words than the texts audited.
"""

from __future__ import annotations

import pytest

from status_checks import assert_done, assert_not_done

# (text, type of the act that did not happen)
NOT_DONE = [
    # "in no position", "in no hurry": a noun "no" determines, just before the infinitive the parser hangs on the verb
    ("The border guards were in no position to release the detained fishermen.", "RETREAT"),
    ("The junta was in no hurry to free the jailed journalists.", "RETREAT"),
    # an act under the "of" of a noun "no" determines
    ("The district has no history of sectarian rioting.", "PROTEST"),
    # what is argued for with "the need for" is not done, whether a noun or a gerund names it
    ("The envoy stressed the need for sending more peacekeepers to the border.", "MOBILIZE"),
    # the means by which something could or would come about
    ("Observers say the dispute between the clans could be resolved through talks.", "CONSULT"),
    ("The feud would be settled by holding direct talks with the elders.", "CONSULT"),
    # a stance for or against an act ("are against imposing") is no act
    ("Several lawmakers are against imposing a curfew on the capital.", "COERCE"),
    # a verb joined without a subject to a feared one is feared with it
    ("Aid workers warned of a possibility of the trucks being stopped and looted near Gao.", "COERCE"),
    # what a petition seeks, even named with "the"
    ("A court in N'Djamena will hear a petition seeking the deployment of troops in the east.", "MOBILIZE"),
    # suggested, or put forward as a proposal
    ("The UN rapporteur suggests an inquiry by an independent judge into the shootings in Lima.", "ACCUSE"),
    ("At the summit in Riga, a proposal was made to expel the diplomats of Belarus.", "SANCTION"),
    # what a resolution would bring
    ("The resolution provides aid to the families displaced in Kivu.", "AID"),
    # what seems inevitable, and what one is liable to
    ("A clash between the two militias in Bentiu seems inevitable.", "ASSAULT"),
    ("Smugglers caught at the port are liable to be convicted under the new law.", "SANCTION"),
    # a statement withheld condemned nothing
    ("The militia withheld a statement condemning the bombing of the market.", "ACCUSE"),
    # a question whose main clause comes after a clause of condition asks, it does not refuse
    ("If we took their grain, why should we not accept the offer of the Nigerian mediators?", "REJECT"),
    # what there is said to be under "if" or "whether" is asked about
    ("Reporters asked if there was a meeting with the Indonesian premier.", "CONSULT"),
    ("It is unclear whether there was a ceasefire in the north.", "RETREAT"),
    # "under no obligation to" neither does the act nor refuses it
    ("The king is under no obligation to invite the largest party to form a government.", "AGREE"),
    ("The king is under no obligation to invite the largest party to form a government.", "REJECT"),
    # a participle the parser hangs on the noun of a generic noun's preposition is as generic
    ("Any formula with the government brokered by the church would have to be approved by the elders.", "CONSULT"),
    # a quoted question asks, whatever follows its question mark
    ("\"Why can't the army take similar action to arrest the smugglers?\" the senator asked.", "COERCE"),
    ('"If they took our grain, why should we not accept their aid?" the chief said.', "REJECT"),
    # "before" with a present tense: not yet come
    ("The hard line is a last-ditch effort before the party gives in on its demands.", "CONCEDE"),
    # what one gets ready for
    ("The rebels made preparations for an assault on the garrison.", "ASSAULT"),
    ("The council proposed that the president take steps for direct talks with the herders.", "CONSULT"),
    ("The palace is making arrangements for a visit by the Emir.", "CONSULT"),
    # what is up to someone to choose
    ("It is now up to the tribunal to free or convict the two officers.", "RETREAT"),
    ("It is now up to the tribunal to free or convict the two officers.", "SANCTION"),
    # an act listed as what is demanded
    ("The miners raised three demands: the release of their leaders, a pay rise and the withdrawal of troops from the "
     "pit.", "RETREAT"),
    # a task whose help is asked for, or that is hindered
    ("The president wants the cooperation of the villagers in fighting the smugglers.", "ASSAULT"),
    ("Local traders face difficulties in visiting the market because of the checkpoints.", "CONSULT"),
    # a way or a time to act, and an act one will not hesitate in
    ("Instructors teach the volunteers how to defuse bombs and when to alert the police.", "COERCE"),
    ("The soldiers will not hesitate in arresting the ringleaders.", "COERCE"),
    # what the teller says was a lie
    ("The opposition leader lied that he had held talks with the army.", "CONSULT"),
]

# (text, type of the act that did happen)
DONE = [
    ("The border guards released the detained fishermen on Monday.", "RETREAT"),
    # ("no" on a noun does not reach an infinitive after "but")
    ("The soldiers had no choice but to open fire on the mob.", "ASSAULT"),
    ("The junta freed the jailed journalists on Friday.", "RETREAT"),
    ("Sectarian rioting broke out in the district on Sunday.", "PROTEST"),
    ("Kenya sent more peacekeepers to the border on Tuesday.", "MOBILIZE"),
    ("The dispute between the clans was resolved through talks in March.", "CONSULT"),
    ("The feud was settled by holding direct talks with the elders in Kandahar last week.", "CONSULT"),
    ("Several lawmakers protested against the curfew the government imposed on the capital on Monday.", "COERCE"),
    ("Gunmen stopped and looted the trucks near Gao on Sunday.", "COERCE"),
    ("Chad completed the deployment of troops in the east on Monday.", "MOBILIZE"),
    ("The UN opened an inquiry into the shootings in Lima on Monday.", "ACCUSE"),
    ("Lithuania expelled two Belarusian diplomats on Monday.", "SANCTION"),
    ("The agency provides aid to the families displaced in Kivu.", "AID"),
    ("Two militias clashed in Bentiu on Sunday.", "ASSAULT"),
    ("Smugglers caught at the port were convicted under the new law on Monday.", "SANCTION"),
    ("The militia issued a statement condemning the bombing of the market.", "ACCUSE"),
    ("Nigeria rejected the offer of the Ghanaian mediators on Monday.", "REJECT"),
    # (a question after a clause of its own leaves that clause told)
    ("Norway has expelled a Russian attache; how will Moscow respond?", "SANCTION"),
    ("There was also a meeting with the Indonesian premier on Monday, the minister said.", "CONSULT"),
    ("There was a ceasefire in the north on Sunday, the army said.", "RETREAT"),
    ("The king invited the largest party to form a government on Monday.", "REQUEST"),
    ("The formula with the government brokered by the church in May was approved by the elders.", "CONSULT"),
    ('"The coast guard arrested the traffickers last night," the senator said.', "COERCE"),
    ('"We will not accept their aid," the chief said.', "REJECT"),
    ('"Will they withdraw from the town?" he asked after troops shelled the village.', "ASSAULT"),
    ('"Why did the soldiers shell our village?" the farmer asked.', "ASSAULT"),
    ("The movement gave in to the government's demands on Monday.", "CONCEDE"),
    ("The rebels launched an assault on the garrison on Monday.", "ASSAULT"),
    ("The president held direct talks with the herders on Monday.", "CONSULT"),
    ("The Emir's visit to the palace took place on Monday.", "CONSULT"),
    ("The tribunal freed one officer and convicted the other on Monday.", "RETREAT"),
    ("The tribunal freed one officer and convicted the other on Monday.", "SANCTION"),
    ("The army completed two operations: the withdrawal of troops from the pit and the release of the miners.",
     "RETREAT"),
    ("The villagers helped the army in fighting the smugglers on Monday.", "ASSAULT"),
    ("Local traders visited the market on Monday despite the checkpoints.", "CONSULT"),
    ("Sappers defused two bombs near the market on Monday.", "COERCE"),
    ("The soldiers arrested the ringleaders on Monday.", "COERCE"),
    ("The opposition leader held talks with the army on Monday.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_DONE)
def test_an_act_not_done_in_these_phrasings_is_not_coded_as_done(text: str, type_: str) -> None:
    assert_not_done(text, type_)


@pytest.mark.parametrize(("text", "type_"), DONE)
def test_an_act_done_in_like_phrasings_is_coded_as_done(text: str, type_: str) -> None:
    assert_done(text, type_)
