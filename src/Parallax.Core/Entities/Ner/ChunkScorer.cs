namespace Parallax.Entities.Ner;

/// <summary>
/// conlleval's entity-level exact-match scoring: a predicted chunk counts only when a gold chunk
/// has the same type, start and end. Chunk boundaries follow conlleval's rules, so IOB1
/// (I- may start a chunk) and IOB2 inputs are read as conlleval reads them (conlleval knows no S- tag, so neither does this).
/// </summary>
public sealed class ChunkScorer
{
    private readonly Dictionary<string, ChunkCounts> _byType = new(StringComparer.Ordinal);

    public int Tokens { get; private set; }

    public int CorrectTags { get; private set; }

    public ChunkCounts Overall => new(
        _byType.Values.Sum(c => c.Gold),
        _byType.Values.Sum(c => c.Predicted),
        _byType.Values.Sum(c => c.Correct));

    /// <summary>Per entity type, in ordinal order of the type names.</summary>
    public IReadOnlyList<(string Type, ChunkCounts Counts)> ByType =>
        [.. _byType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];

    public double Accuracy => Tokens == 0 ? 0 : (double)CorrectTags / Tokens;

    /// <summary>Scores one sentence: gold and predicted tags, one per token.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted tags differ in length", nameof(predicted));
        }

        Tokens += gold.Count;
        for (var i = 0; i < gold.Count; i++)
        {
            CorrectTags += gold[i] == predicted[i] ? 1 : 0;
        }

        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        foreach (var chunk in goldChunks)
        {
            Count(chunk.Type).Gold++;
        }

        foreach (var chunk in predictedChunks)
        {
            var counts = Count(chunk.Type);
            counts.Predicted++;
            counts.Correct += goldChunks.Contains(chunk) ? 1 : 0;
        }
    }

    private ChunkCounts Count(string type)
    {
        if (!_byType.TryGetValue(type, out var counts))
        {
            _byType[type] = counts = new ChunkCounts(0, 0, 0);
        }

        return counts;
    }

    /// <summary>The chunks of one sentence as conlleval delimits them.</summary>
    public static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new HashSet<(int, int, string)>();
        var (previousPrefix, previousType) = ('O', string.Empty);
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            // The sentence end acts as an O tag, as the blank line does in conlleval.
            var (prefix, type) = i < tags.Count ? Split(tags[i]) : ('O', string.Empty);
            if (start >= 0 && EndsChunk(previousPrefix, prefix, previousType, type))
            {
                chunks.Add((start, i, previousType));
                start = -1;
            }

            if (StartsChunk(previousPrefix, prefix, previousType, type))
            {
                start = i;
            }

            (previousPrefix, previousType) = (prefix, type);
        }

        return chunks;
    }

    // As conlleval: the prefix is what precedes the first hyphen, the type what follows it.
    private static (char Prefix, string Type) Split(string tag)
    {
        var hyphen = tag.IndexOf('-');
        if (hyphen < 0)
        {
            return (tag.Length == 1 ? tag[0] : '?', string.Empty);
        }

        return (hyphen == 1 ? tag[0] : '?', tag[(hyphen + 1)..]);
    }

    // conlleval's endOfChunk, transcribed: does a chunk end between the previous tag and this one?
    private static bool EndsChunk(char previous, char current, string previousType, string type) =>
        (previous, current) is ('B', 'B') or ('B', 'O') or ('I', 'B') or ('I', 'O') or ('E', 'E') or ('E', 'I') or ('E', 'O')
        || (previous is not ('O' or '.') && previousType != type)
        || previous is ']' or '[';

    // conlleval's startOfChunk, transcribed: does a chunk start at this tag?
    private static bool StartsChunk(char previous, char current, string previousType, string type) =>
        (previous, current) is ('B', 'B') or ('I', 'B') or ('O', 'B') or ('O', 'I') or ('E', 'E') or ('E', 'I') or ('O', 'E')
        || (current is not ('O' or '.') && previousType != type)
        || current is '[' or ']';
}

/// <summary>Chunk counts of one entity type (or all): gold, predicted, and exactly matching.</summary>
public sealed class ChunkCounts(int gold, int predicted, int correct)
{
    public int Gold { get; set; } = gold;

    public int Predicted { get; set; } = predicted;

    public int Correct { get; set; } = correct;

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
