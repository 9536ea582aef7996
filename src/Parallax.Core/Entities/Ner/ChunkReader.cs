namespace Parallax.Entities.Ner;

/// <summary>Entity chunks (start, end exclusive, type index) of a well-formed IOB2 tag sequence.</summary>
internal static class ChunkReader
{
    public static IEnumerable<(int Start, int End, int Type)> Chunks(IReadOnlyList<int> tags)
    {
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : NerTags.Outside;
            var continues = NerTags.IsInside(tag) && start >= 0 && NerTags.TypeOf(tags[start]) == NerTags.TypeOf(tag);
            if (start >= 0 && !continues)
            {
                yield return (start, i, NerTags.TypeOf(tags[start]));
                start = -1;
            }

            if (tag != NerTags.Outside && !continues)
            {
                start = i;
            }
        }
    }
}
