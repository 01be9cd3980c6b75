"""Acts that happened but came out as not done (session 14 audit of public text: the opposite status error), in the
families the audit found, each beside a near twin that was not done so that no fix lets a not-done act through.

All sentences were written for this test, with other places, people and words than the texts audited.
"""

from __future__ import annotations

import pytest

from status_checks import assert_done, assert_not_done

# (text, type of the act that did happen)
DONE = [
    # a speaker's accusation the parser joins to a reported clause that is negated or denied is the speaker's own act
    ("A rebel news agency said none of its fighters had been killed and accused Ethiopia of bombing farms.", "ACCUSE"),
    ("The interior minister said the march had not been authorised and accused the opposition of seeking unrest.",
     "ACCUSE"),
    ("President Tokayev denied that his government had any role in the riots and accused Kyrgyz guards of beating "
     "traders.", "ACCUSE"),
    # a participle set off by a comma tells what the subject did besides: the negation of its verb is not its own
    ("Kenya's army did not confirm the loss of the village, saying only that its soldiers had repelled three attacks "
     "by al-Shabaab.", "ASSAULT"),
    # a speech act named by a noun was made; its infinitive is what it is about, not when it happens
    ("The Kenyan government's refusal to allow relief flights has left hundreds stranded.", "REJECT"),
    ("Brazil welcomed the offer by Norway to mediate between Peru and Chile.", "AGREE"),
]

# (text, type of the act that did not happen)
NOT_DONE = [
    ("A rebel news agency said none of its fighters had been killed and accused Ethiopia of bombing farms.",
     "ASSAULT"),
    ("The army denied that its soldiers had looted the shops and killed civilians.", "ASSAULT"),
    ("The ministry said the journalist had not been detained and accused of spying.", "COERCE"),
    ("Kenya's army did not repel the attacks, saying its soldiers had no ammunition left.", "ASSAULT"),
    ("The rebels did not withdraw from the bridge, holding it against the army.", "RETREAT"),
    ("A refusal by Kenya to allow relief flights would leave hundreds stranded.", "REJECT"),
    ("Norway may make an offer to mediate between Peru and Chile next month.", "AGREE"),
]


@pytest.mark.parametrize(("text", "type_"), DONE)
def test_an_act_done_in_these_phrasings_is_coded_as_done(text: str, type_: str) -> None:
    assert_done(text, type_)


@pytest.mark.parametrize(("text", "type_"), NOT_DONE)
def test_the_like_act_not_done_is_not_coded_as_done(text: str, type_: str) -> None:
    assert_not_done(text, type_)
