namespace Parallax.Entities.Ner;

/// <summary>A tokenized sentence with one IOB2 tag index (see <see cref="NerTags"/>) per token.</summary>
public sealed record LabeledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<int> Tags);
