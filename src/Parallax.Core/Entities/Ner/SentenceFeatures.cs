namespace Parallax.Entities.Ner;

/// <summary>
/// The hashed feature rows of one sentence, token by token: token i's rows are
/// <c>Rows[Offsets[i]..Offsets[i + 1]]</c>. Reused across sentences so tagging does not allocate.
/// </summary>
internal sealed class SentenceFeatures
{
    public int[] Rows { get; private set; } = new int[64 * 48];

    public int[] Offsets { get; private set; } = new int[65];

    public int TokenCount { get; private set; }

    public ReadOnlySpan<int> Of(int token) => Rows.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);

    public void Reset(int tokenCount, int maxPerToken)
    {
        TokenCount = tokenCount;
        if (Offsets.Length < tokenCount + 1)
        {
            Offsets = new int[Math.Max(tokenCount + 1, Offsets.Length * 2)];
        }

        if (Rows.Length < tokenCount * maxPerToken)
        {
            Rows = new int[Math.Max(tokenCount * maxPerToken, Rows.Length * 2)];
        }

        Offsets[0] = 0;
    }

    /// <summary>A copy that survives the next <see cref="Reset"/>, for training where every sentence is kept.</summary>
    public (int[] Rows, int[] Offsets) Snapshot() =>
        (Rows.AsSpan(0, Offsets[TokenCount]).ToArray(), Offsets.AsSpan(0, TokenCount + 1).ToArray());
}
