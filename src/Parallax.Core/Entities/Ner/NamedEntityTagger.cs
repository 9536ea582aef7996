namespace Parallax.Entities.Ner;

/// <summary>
/// Tags tokenized sentences with IOB2 entity tags using a trained <see cref="NerModel"/>. Holds
/// reusable buffers, so one instance must not be used by two threads at once; make one per thread.
/// </summary>
public sealed class NamedEntityTagger
{
    private readonly NerModel _model;
    private readonly FeatureExtractor _extractor;
    private readonly SentenceFeatures _features = new();
    private readonly float[] _transitions;
    private float[] _emissions = new float[64 * NerTags.Count];

    public NamedEntityTagger(NerModel model)
    {
        _model = model;
        _extractor = new FeatureExtractor(model.RowBits, model.Gazetteer, model.Clusters);
        _transitions = ViterbiDecoder.Constrain(model.Transitions);
    }

    /// <summary>Writes one tag index per token (see <see cref="NerTags"/>) into <paramref name="tags"/>.</summary>
    public void Tag(IReadOnlyList<string> tokens, Span<int> tags)
    {
        if (tokens.Count != tags.Length)
        {
            throw new ArgumentException("one tag slot per token is needed", nameof(tags));
        }

        if (_emissions.Length < tokens.Count * NerTags.Count)
        {
            _emissions = new float[tokens.Count * NerTags.Count * 2];
        }

        _extractor.Extract(tokens, _features);
        var emissions = _emissions.AsSpan(0, tokens.Count * NerTags.Count);
        ViterbiDecoder.Score(_features.Rows, _features.Offsets, tokens.Count, _model.Weights, _model.WeightScale, emissions);
        ViterbiDecoder.Decode(emissions, _transitions, tags);
    }

    public int[] Tag(IReadOnlyList<string> tokens)
    {
        var tags = new int[tokens.Count];
        Tag(tokens, tags);
        return tags;
    }
}
