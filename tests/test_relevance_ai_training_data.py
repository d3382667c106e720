"""People's data used to train AI, as a headline's subject, is a privacy matter (GUIDE.md §3:
privacy-only topics stay out), whatever the text's words on personal data and settings; secrets found
in a training dataset, or data stolen to train a model, stay security news. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

OPT_OUT = (
    "Examplenet plans to feed members' personal information to its language models from next month. "
    "It calls this a legitimate interest, so nobody is asked: you are opted in by default. The personal "
    "data of every profile, from job history to messages in public groups, goes into the training set. "
    "To opt out, open the security and privacy settings, then the data section, and switch off the "
    "toggle. Opting out stops future training; it does not take back what the models have learned. "
    "A consumer group says personal data should never be used this way without consent and has written "
    "to the regulator. The company says the models will write better suggestions for its members."
)


def test_a_platform_training_its_ai_on_your_posts_is_a_privacy_subject() -> None:
    title = "Examplenet will train its AI on your posts unless you opt out"
    assert relevance_score(title, OPT_OUT, "", "en") < DEFAULT_MIN_RELEVANCE


def test_an_app_selling_call_recordings_for_ai_training_is_a_privacy_subject() -> None:
    title = "Examplecall pays users to record their calls, sells recordings for AI training"
    assert relevance_score(title, OPT_OUT, "", "en") < DEFAULT_MIN_RELEVANCE


def test_secrets_found_in_a_training_dataset_stay_security_news() -> None:
    title = "Thousands of API keys and passwords found in public datasets used for LLM training"
    text = (
        "Researchers scanned a public web archive used to train language models and found live API keys "
        "and passwords for cloud services. Attackers could use the exposed credentials to break into "
        "the accounts; the owners were notified and most keys were revoked. "
    ) * 3
    assert relevance_score(title, text, "", "en") >= 0.5


def test_data_stolen_to_train_a_model_stays_security_news() -> None:
    title = "Hackers stole customer data to train their AI on it, police say"
    text = (
        "Police say a gang broke into Exampleshop's servers and stole customer records, which it then "
        "used to train a chatbot that wrote convincing phishing messages. Two suspects were arrested. "
    ) * 3
    assert relevance_score(title, text, "", "en") >= 0.5
