namespace Parallax.Entities.Ner;

/// <summary>
/// Turns a tokenized sentence into hashed feature rows, token by token: the word, its lower-cased
/// form, shapes, 1–4 letter prefixes and suffixes, words and shapes in a ±2 window, shape trigram,
/// sentence-initial and all-caps-headline conjunctions, gazetteer matches around the token and word
/// clusters. Nothing is built as a string.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>Upper bound on features per token, so buffers can be sized once.</summary>
    public const int MaxPerToken = 64;

    private static readonly ulong Start = FeatureHash.Of("<S>");
    private static readonly ulong End = FeatureHash.Of("</S>");

    private readonly int _rowBits;
    private readonly Gazetteer _gazetteer;
    private readonly WordClusters _clusters;
    private ulong[] _word = new ulong[64];
    private ulong[] _lower = new ulong[64];
    private ulong[] _short = new ulong[64];
    private ushort[] _gazetteerMarks = new ushort[64];

    public FeatureExtractor(int rowBits, Gazetteer gazetteer, WordClusters clusters)
    {
        _rowBits = rowBits;
        _gazetteer = gazetteer;
        _clusters = clusters;
    }

    public void Extract(IReadOnlyList<string> tokens, SentenceFeatures output)
    {
        var n = tokens.Count;
        Prepare(tokens);
        output.Reset(n, MaxPerToken);
        var headline = IsHeadline(tokens);
        var rows = output.Rows;
        Span<ulong> prefixes = stackalloc ulong[4];
        Span<ulong> suffixes = stackalloc ulong[4];
        for (var i = 0; i < n; i++)
        {
            var count = output.Offsets[i];
            var token = tokens[i].AsSpan();
            var lower = _lower[i];
            var shortShape = _short[i];
            var lowerBefore = i > 0 ? _lower[i - 1] : Start;
            var lowerAfter = i + 1 < n ? _lower[i + 1] : End;
            var shortBefore = i > 0 ? _short[i - 1] : Start;
            var shortAfter = i + 1 < n ? _short[i + 1] : End;

            rows[count++] = Row(1, 0);
            rows[count++] = Row(2, _word[i]);
            rows[count++] = Row(3, lower);
            rows[count++] = Row(4, WordShape.LongHash(token));
            rows[count++] = Row(5, shortShape);
            var affixes = Math.Min(4, token.Length - 1);
            if (affixes > 0)
            {
                FeatureHash.OfAffixes(token, prefixes[..affixes], suffixes[..affixes]);
                for (var length = 1; length <= affixes; length++)
                {
                    rows[count++] = Row(5 + length, prefixes[length - 1]);
                    rows[count++] = Row(9 + length, suffixes[length - 1]);
                }
            }

            rows[count++] = Row(14, lowerBefore);
            rows[count++] = Row(15, lowerAfter);
            rows[count++] = Row(16, i > 1 ? _lower[i - 2] : Start);
            rows[count++] = Row(17, i + 2 < n ? _lower[i + 2] : End);
            rows[count++] = Row(18, shortBefore);
            rows[count++] = Row(19, shortAfter);
            rows[count++] = Row(20, FeatureHash.Combine(lowerBefore, lower));
            rows[count++] = Row(21, FeatureHash.Combine(lower, lowerAfter));
            rows[count++] = Row(22, FeatureHash.Combine(shortBefore, shortShape, shortAfter));
            rows[count++] = Row(23, FeatureHash.Combine(lowerBefore, shortShape));
            rows[count++] = Row(24, FeatureHash.Combine(shortShape, lowerAfter));
            if (i == 0)
            {
                rows[count++] = Row(25, shortShape);
            }

            if (headline)
            {
                // In an all-caps headline case says nothing; the lower-cased word has to carry it.
                rows[count++] = Row(26, lower);
                rows[count++] = Row(27, 0);
            }

            count = AddGazetteer(rows, count, i, n);
            count = _clusters.AddFeatures(tokens, rows, count, i, _lower, _rowBits);
            output.Offsets[i + 1] = count;
        }
    }

    private int AddGazetteer(int[] rows, int count, int i, int n)
    {
        var marks = _gazetteerMarks[i];
        for (var bit = 0; marks != 0; bit++, marks >>= 1)
        {
            if ((marks & 1) != 0)
            {
                rows[count++] = Row(30, (ulong)bit);
            }
        }

        // The neighbours' gazetteer types, as a 4-bit type mask, frame the token ("of" inside "Bank of England").
        rows[count++] = Row(31, i > 0 ? TypeMask(_gazetteerMarks[i - 1]) : 99UL);
        rows[count++] = Row(32, i + 1 < n ? TypeMask(_gazetteerMarks[i + 1]) : 99UL);
        return count;
    }

    private static ulong TypeMask(ushort marks)
    {
        var mask = 0UL;
        for (var type = 0; type < 4; type++)
        {
            if (((marks >> (4 * type)) & 0xF) != 0)
            {
                mask |= 1UL << type;
            }
        }

        return mask;
    }

    private int Row(int template, ulong value) => FeatureHash.Row(template, value, _rowBits);

    private void Prepare(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        if (_word.Length < n)
        {
            var size = Math.Max(n, _word.Length * 2);
            _word = new ulong[size];
            _lower = new ulong[size];
            _short = new ulong[size];
            _gazetteerMarks = new ushort[size];
        }

        for (var i = 0; i < n; i++)
        {
            var token = tokens[i].AsSpan();
            _word[i] = FeatureHash.Of(token);
            _lower[i] = FeatureHash.OfLower(token);
            _short[i] = WordShape.ShortHash(token);
        }

        _gazetteer.Match(tokens, _lower.AsSpan(0, n), _gazetteerMarks.AsSpan(0, n));
    }

    /// <summary>A headline in capitals: most words with letters are all caps (and there are at least two).</summary>
    private static bool IsHeadline(IReadOnlyList<string> tokens)
    {
        int words = 0, caps = 0;
        foreach (var token in tokens)
        {
            if (WordShape.HasLetter(token))
            {
                words++;
                caps += WordShape.IsAllCaps(token) && token.Length > 1 ? 1 : 0;
            }
        }

        return caps >= 2 && caps * 10 >= words * 6;
    }
}
