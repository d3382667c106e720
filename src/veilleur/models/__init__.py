"""The records that flow through the pipeline — the one place their fields are named.

Source ──collect──▶ Entry ──fetch──▶ Document ──extract──▶ Article ──enrich──▶ Intel
       ──cluster──▶ Story ──brief──▶ Briefing ──publish──▶ Post

`vocabularies` (closed sets of values), `sources` (collect and extract), `intel` (enrich),
`briefings` (brief and publish), `stored` (records as the store hands them to the stages).
Import them from here: `from veilleur.models import Intel`.
"""

from veilleur.models.briefings import (
    AlertState,
    Briefing,
    GuardReport,
    Incident,
    IncidentSource,
    KeyPoint,
    Post,
    PublishedStory,
    Removal,
    StorySource,
    Vulnerability,
)
from veilleur.models.intel import (
    AttackFacts,
    CveMentionRecord,
    Fact,
    ImpactRecord,
    Intel,
    Ioc,
    LawEnforcementFacts,
    Named,
    Victim,
    VulnerabilityFacts,
)
from veilleur.models.sources import Article, Document, Entry, Source, SourceHealth
from veilleur.models.stored import (
    FeatureRow,
    PostRow,
    PublishedRow,
    StoredEntry,
    Story,
    StoryArticle,
    StoryBriefing,
    StoryMember,
    StoryPost,
)
from veilleur.models.vocabularies import (
    Category,
    CategoryName,
    IocKind,
    IocType,
    Moment,
    PostState,
    Sector,
    SectorName,
    SourceKind,
    Tlp,
    former_category,
)

__all__ = [
    "AlertState",
    "Article",
    "AttackFacts",
    "Briefing",
    "Category",
    "CategoryName",
    "CveMentionRecord",
    "Document",
    "Entry",
    "Fact",
    "FeatureRow",
    "GuardReport",
    "ImpactRecord",
    "Incident",
    "IncidentSource",
    "Intel",
    "Ioc",
    "IocKind",
    "IocType",
    "KeyPoint",
    "LawEnforcementFacts",
    "Moment",
    "Named",
    "Post",
    "PostRow",
    "PostState",
    "PublishedRow",
    "PublishedStory",
    "Removal",
    "Sector",
    "SectorName",
    "Source",
    "SourceHealth",
    "SourceKind",
    "StoredEntry",
    "Story",
    "StoryArticle",
    "StoryBriefing",
    "StoryMember",
    "StoryPost",
    "StorySource",
    "Tlp",
    "Victim",
    "Vulnerability",
    "VulnerabilityFacts",
    "former_category",
]
