"""Articles → stories: the same real-world event told by several outlets, in several languages,
over several days, grouped incrementally under a stable story id."""

from veilleur.cluster.features import Features, Input, features_for, features_of
from veilleur.cluster.stories import Clusterer, Decision, Weights

__all__ = ["Clusterer", "Decision", "Features", "Input", "Weights", "features_for", "features_of"]
