"""Acts a sentence says were not done, or only supposed, in phrasings the status rules did not know (session 10
probe): each family below names its phrasing; none of its acts may come out as having happened. The controls
tell an act that did happen in the same phrasings, so the rules do not over-fire.

All sentences were written for this test.
"""

from __future__ import annotations

import pytest

from test_events import extract

HAPPENED = {"occurred", "claimed"}

# (text, type of the act that did not happen, its status; None where an act with no party is not emitted)
NOT_DONE = [
    # the subject kept itself from the act: "refrained from", "abstained from", "held off on"
    ("Serbia refrained from sending troops to the Kosovo border.", "MOBILIZE", "negated"),
    ("Kenya refrained from criticizing China over the loans.", "ACCUSE", None),
    ("Sudan's army abstained from bombing RSF positions in Omdurman.", "ASSAULT", "negated"),
    ("Egypt held off on sending aid to the Gaza Strip.", "AID", "negated"),
    ("The police refrained from arresting the strikers in Dhaka.", "COERCE", "negated"),
    # the act not chosen: "instead of", "rather than"
    ("Instead of withdrawing, the troops reinforced their positions near Bakhmut.", "RETREAT", "negated"),
    ("Nepal's government chose dialogue rather than arresting Maoist leaders.", "COERCE", None),
    ("Rather than imposing sanctions, the EU sent an envoy to Minsk.", "SANCTION", "negated"),
    ("Rather than withdraw, M23 rebels dug in around Goma.", "RETREAT", "negated"),
    ("The minister stayed home instead of attending the summit in Brussels.", "CONSULT", "negated"),
    # an act only supposed: "in the event of", "in case of"
    ("In the event of a coup in Niger, the African Union would suspend Niger.", "COERCE", "hypothetical"),
    ("In the event of a Russian attack, NATO would defend Estonia.", "ASSAULT", "hypothetical"),
    ("In case of a Russian invasion, Finland would call up reservists.", "ASSAULT", "hypothetical"),
    ("In the event of a ceasefire, aid agencies would return to Gaza.", "RETREAT", "hypothetical"),
    # "not a single", "not one", an inverted "nor"
    ("Not a single Ukrainian prisoner was released by Russia.", "RETREAT", "negated"),
    ("Not one soldier has been withdrawn from the border.", "RETREAT", "negated"),
    ("Nor did the rebels free any hostages.", "RETREAT", "negated"),
    ("Nor has Tehran released the detained sailors.", "RETREAT", "negated"),
    # "stopped short of", "short" hanging on the verb
    ("The French minister stopped short of calling for sanctions on Iran.", "REQUEST", "negated"),
    # foiled, thwarted
    ("An attack on the convoy was foiled by police.", "ASSAULT", "negated"),
    ("Police thwarted a plot to bomb the embassy in Nairobi.", "ASSAULT", "negated"),
    ("The security forces foiled a bombing in Kabul.", "ASSAULT", "hypothetical"),
    ("Soldiers thwarted an attack on the base near Gao.", "ASSAULT", "hypothetical"),
    # called off, scrapped (passive)
    ("The visit by the Chinese foreign minister was called off.", "CONSULT", "negated"),
    ("The meeting between the two presidents was called off.", "CONSULT", "negated"),
    ("The talks in Doha were scrapped.", "CONSULT", "negated"),
    # what a deal, plan or draft would bring; what talks seek; what a vote is about
    ("The plan envisages the deployment of 2,000 troops to Somalia.", "MOBILIZE", "hypothetical"),
    ("The deal envisages the withdrawal of Russian troops.", "RETREAT", "hypothetical"),
    ("The draft provides for sanctions against Sudan.", "SANCTION", "hypothetical"),
    ("The proposal foresees the deployment of Kenyan police to Haiti.", "MOBILIZE", "hypothetical"),
    ("Talks to free the hostages have stalled.", "RETREAT", "hypothetical"),
    ("The UN Security Council will vote on sanctions against Sudan.", "SANCTION", "hypothetical"),
    # a noun act whose verb says it is still to come
    ("Talks with the rebels are expected to resume in Nairobi.", "CONSULT", "planned"),
    ("The Kenyan president was supposed to visit Luanda on Monday.", "CONSULT", "planned"),
    # an act asked for, talked of, awaited or set as a goal
    ("Calls to expel the Russian ambassador grew in Prague.", "SANCTION", "hypothetical"),
    ("There was talk of a ceasefire in Khartoum.", "RETREAT", "hypothetical"),
    ("Residents of Kyiv stocked up in anticipation of Russian airstrikes.", "ASSAULT", "hypothetical"),
    ("The deadline for the withdrawal of French troops from Niger passed on Friday.", "RETREAT", "hypothetical"),
    ("Hopes of a truce in Gaza faded on Wednesday.", "RETREAT", "hypothetical"),
    ("The idea of deploying European troops to Ukraine was rejected.", "MOBILIZE", "hypothetical"),
    ("It would be a mistake to send troops to Haiti, the senator said.", "MOBILIZE", "hypothetical"),
    # deliberated, voted on or against, vetoed
    ("The Ukrainian generals discussed how to retake the city.", "ASSAULT", "hypothetical"),
    ("The council postponed a vote on sanctions against Eritrea.", "SANCTION", "hypothetical"),
    ("Parliament voted against sending troops to Niger.", "MOBILIZE", "hypothetical"),
    ("The president vetoed a bill imposing sanctions on Israel.", "SANCTION", "negated"),
    # an account dismissed or called false
    ("Beijing dismissed as baseless claims that it had sent weapons to Russia.", "AID", "negated"),
    ("Earlier reports of an airstrike on the hospital in Gaza were wrong, the UN said.", "ASSAULT", "negated"),
    # ceased, unwilling, off the table, none of them, not before
    ("The rebels ceased to attack civilian convoys after the deal.", "ASSAULT", "negated"),
    ("The Malian government is unwilling to negotiate with the rebels.", "CONSULT", None),
    ("Sanctions against Israel are off the table, the chancellor said.", "SANCTION", "negated"),
    ("None of the rebel groups signed the agreement with Sudan.", "AGREE", "negated"),
    ("The truce talks collapsed before any Israeli prisoners were freed.", "RETREAT", "negated"),
    # a text that calls for or requires an act, not adopted or only requiring it; an order; a ban on it
    ("The statement made no mention of sanctions against Moscow.", "SANCTION", "hypothetical"),
    ("The resolution calling for the withdrawal of Russian troops failed to pass.", "REQUEST", "negated"),
    ("A bill imposing sanctions on Iran was vetoed by the president.", "SANCTION", "negated"),
    ("The deal requires Israel to withdraw from populated areas.", "RETREAT", "hypothetical"),
    ("Soldiers were told to shoot anyone who approached the fence.", "ASSAULT", "hypothetical"),
    ("A ban on rallies in Yerevan is under discussion.", "PROTEST", "hypothetical"),
    ("The UN said it was too dangerous to deliver aid to the camp.", "AID", "hypothetical"),
    # an account called false ("false" was read as a YAML boolean in words.yaml `baseless`)
    ("The ministry said reports of mass arrests in Tbilisi were false.", "COERCE", "negated"),
    # far from, a long way off, still to come, aimed at, guessed, not known of
    ("Far from withdrawing, Russia has reinforced its positions near Kupiansk.", "RETREAT", "negated"),
    ("Russia is far from ready to negotiate with Ukraine.", "AGREE", None),
    ("Talks between Armenia and Azerbaijan are a long way off, officials said.", "CONSULT", "negated"),
    ("Sanctions on Belarus are set to be imposed on Monday.", "SANCTION", "planned"),
    ("The Nigerian army launched an operation aimed at freeing the kidnapped schoolgirls.", "RETREAT", None),
    ("The Israeli army warned residents of Rafah to evacuate ahead of an offensive.", "ASSAULT", None),
    ("Diplomats doubt that Russia will withdraw its troops from Moldova.", "RETREAT", "hypothetical"),
    ("Ukraine said it had no information about an attack on the Russian convoy.", "ASSAULT", "negated"),
    # an ultimatum's act, an act expected, an act disagreed over
    ("The rebels gave the army 48 hours to withdraw from the town.", "RETREAT", "hypothetical"),
    ("The unions gave the government until Monday to release the detained strikers.", "RETREAT", "hypothetical"),
    ("Protests were expected in Dakar after Friday prayers.", "PROTEST", "planned"),
    ("The two presidents disagreed over a withdrawal of Russian troops from Moldova.", "RETREAT", "hypothetical"),
    # what a noun of talk or pressure is about, hung by the parser on the noun's verb
    ("Pressure mounted on the Israeli prime minister to resign.", "RETREAT", None),
    ("Speculation grew about a withdrawal of Russian troops from Syria.", "RETREAT", "hypothetical"),
    # a clause of time in the present under a verb still to come: a condition, not a concession announced
    ("The ceasefire will begin after Hamas frees the Israeli hostages.", "RETREAT", "hypothetical"),
    ("The truce will take effect once the Israeli hostages are released by Hamas.", "RETREAT", "hypothetical"),
    ("Russia will halt its strikes when Ukraine withdraws from Kursk, Peskov said.", "RETREAT", "hypothetical"),
]

HAPPENED_CONTROLS = [
    ("Soldiers loyal to the government foiled an attempted coup on Thursday.", "COERCE"),
    ("An attempted coup was foiled by loyal troops on Friday.", "COERCE"),
    ("Rather than retreat, the rebels attacked the army base near Gao.", "ASSAULT"),
    ("Instead of talks, the army shelled the rebel-held town on Monday.", "ASSAULT"),
    ("The army shelled the town but did not enter it.", "ASSAULT"),
    ("Police arrested 12 people after the march in Dakar, but none were charged.", "COERCE"),
    ("Police stopped the convoy and arrested its driver in Kano on Sunday.", "COERCE"),
    ("The agreement signed in Doha ended the fighting, and Hamas released four hostages on Sunday.", "RETREAT"),
    ("Not far from the border, Russian jets bombed a village on Tuesday.", "ASSAULT"),
    ("Neither the army nor the RSF has claimed the attack, which killed 12 people in El Fasher.", "ASSAULT"),
    ("The rebels attacked the town before any aid arrived.", "ASSAULT"),
    ("Hopes rose after Hamas released four hostages on Sunday.", "RETREAT"),
    ("The president signed a bill imposing sanctions on Iran.", "SANCTION"),
    ("The foreign ministers discussed the Russian strikes on Kharkiv, which killed 12 people.", "ASSAULT"),
    ("Reports that troops had fired on the crowd in Nairobi were confirmed by police.", "ASSAULT"),
    # acts told as done under a negation that bears on something else (were coded negated)
    ("There was no immediate claim of responsibility for the bombing in Kabul, which killed 9 people.", "ASSAULT"),
    ("It was not immediately clear who carried out the attack on the police station in Gao.", "ASSAULT"),
    ("Officials would not say which Russian units had attacked the town of Kupiansk on Monday.", "ASSAULT"),
    ("The rebels gave the hostages water before they released them on Sunday in Gao.", "RETREAT"),
    ("Protests were held in Dakar after Friday prayers.", "PROTEST"),
    ("Pressure from Washington grew after Israeli troops withdrew from Khan Younis on Sunday.", "RETREAT"),
    ("Russia said it would retaliate after Ukraine struck Belgorod.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_", "status"), NOT_DONE)
def test_an_act_not_done_in_these_phrasings_is_not_coded_as_done(text: str, type_: str, status: str | None) -> None:
    statuses = [e.status for e in extract(text) if e.type == type_]
    assert not HAPPENED & set(statuses), f"{type_} coded as {statuses}"
    assert status is None or status in statuses, f"{type_} coded as {statuses}"


@pytest.mark.parametrize(("text", "type_"), HAPPENED_CONTROLS)
def test_an_act_done_in_the_same_phrasings_is_coded_as_done(text: str, type_: str) -> None:
    statuses = [e.status for e in extract(text) if e.type == type_]
    assert HAPPENED & set(statuses), f"{type_} coded as {statuses}"
