namespace Parallax.Entities.Ner;

/// <summary>
/// Unlabelled text reduced to what clustering needs: the lower-cased word hashes of each
/// sentence, word counts, and per word how often it appears capitalized or lower-case when not
/// starting a sentence.
/// </summary>
internal sealed class ClusterCorpus
{
    private readonly List<ulong[]> _sentences = [];
    private readonly Dictionary<ulong, (int Upper, int Lower)> _case = [];

    public ClusterCorpus(IEnumerable<IReadOnlyList<string>> sentences)
    {
        foreach (var sentence in sentences)
        {
            var hashes = new ulong[sentence.Count];
            for (var i = 0; i < sentence.Count; i++)
            {
                var token = sentence[i];
                hashes[i] = FeatureHash.OfLower(token);
                Counts[hashes[i]] = Counts.GetValueOrDefault(hashes[i]) + 1;
                var sentenceStart = i == 0 || sentence[i - 1] is "." or "?" or "!" or "\"" or ":";
                if (!sentenceStart && token.Length > 0 && char.IsLetter(token[0]))
                {
                    var (upper, lower) = _case.GetValueOrDefault(hashes[i]);
                    _case[hashes[i]] = char.IsUpper(token[0]) ? (upper + 1, lower) : (upper, lower + 1);
                }
            }

            _sentences.Add(hashes);
            TokenCount += hashes.Length;
        }
    }

    public Dictionary<ulong, int> Counts { get; } = [];

    public long TokenCount { get; }

    /// <summary>
    /// 0 unknown, 1 never lower-case, 2 mostly capitalized, 3 mixed, 4 mostly lower-case, 5 always
    /// lower-case (away from sentence starts).
    /// </summary>
    public int CapitalizationProfile(ulong word)
    {
        var (upper, lower) = _case.GetValueOrDefault(word);
        if (upper + lower == 0)
        {
            return 0;
        }

        var lowerShare = (double)lower / (upper + lower);
        return lowerShare switch
        {
            0 => 1,
            < 0.2 => 2,
            < 0.8 => 3,
            < 1 => 4,
            _ => 5,
        };
    }

    /// <summary>Counts of (word, context) pairs: context c in 0..n-1 is the left neighbour, n + c the right one.</summary>
    public Dictionary<(int Word, int Context), int> NeighbourCounts(Dictionary<ulong, int> words, Dictionary<ulong, int> contexts)
    {
        var pairs = new Dictionary<(int, int), int>();
        foreach (var sentence in _sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!words.TryGetValue(sentence[i], out var word))
                {
                    continue;
                }

                if (i > 0 && contexts.TryGetValue(sentence[i - 1], out var left))
                {
                    pairs[(word, left)] = pairs.GetValueOrDefault((word, left)) + 1;
                }

                if (i + 1 < sentence.Length && contexts.TryGetValue(sentence[i + 1], out var right))
                {
                    pairs[(word, contexts.Count + right)] = pairs.GetValueOrDefault((word, contexts.Count + right)) + 1;
                }
            }
        }

        return pairs;
    }
}
