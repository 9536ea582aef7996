namespace Parallax.Clustering;

/// <summary>
/// Splits stories that hold two events of the same kind. Centroid clustering joins an article to
/// a story when it shares enough weight with it, and two events of one kind (two title defences of
/// one boxer, two fires at one supermarket chain) share a lot: the kind's vocabulary and often the
/// main name. What tells them apart is that their reports fall into two groups whose specific
/// details (the opponent, the town, the date) do not cross over. So each story is bisected by
/// two-means over its articles' vectors; when the halves are much less alike than each half's own
/// articles are (<see cref="Separation"/> below the threshold), the story is split and each half
/// is tried again. On ECB+ development topics this is what lifts sub-event precision: the stories
/// holding both events of a topic separate at a ratio of 0.40-0.64, most single events' best
/// bisections stay above 0.65.
/// </summary>
internal static class StorySplitting
{
    private const int Iterations = 10;

    // Seeding from every member costs quadratic time; beyond this many, seeds are spread evenly
    // over the story (its members are in publication order), which still puts seeds in each event.
    private const int MaximumSeeds = 32;

    // The bisection holds all pairwise cosines (n² doubles, n² work per round); a story this large
    // has outgrown "two events of one kind" being what is wrong with it, and is left whole rather
    // than let one story cost hundreds of megabytes. (The stream looks at its latest 64 members.)
    private const int MaximumMembers = 1024;

    /// <summary>Returns the story of each article after splitting (new story indexes follow the highest used).</summary>
    public static int[] Split(IReadOnlyList<TermVector> vectors, int[] stories, double threshold, int minimumHalf)
    {
        var result = (int[])stories.Clone();
        var fresh = stories.Length == 0 ? 0 : stories.Max() + 1;
        var pending = new Stack<List<int>>(stories.Select((s, i) => (s, i)).GroupBy(p => p.s).Select(g => g.Select(p => p.i).ToList()));
        while (pending.TryPop(out var members))
        {
            // Too small or too large to split: skipped before its vectors are interned.
            if (members.Count < 2 * minimumHalf || members.Count > MaximumMembers
                || FindSplit(StoryCosines.Of(vectors, members), threshold, minimumHalf) is not var (firstLocal, secondLocal))
            {
                continue;
            }

            var (first, second) = (firstLocal.ConvertAll(m => members[m]), secondLocal.ConvertAll(m => members[m]));

            // The half holding the earliest article keeps the story's index (and so its id).
            var moved = second[0] < first[0] ? first : second;
            foreach (var i in moved)
            {
                result[i] = fresh;
            }

            fresh++;
            pending.Push(first);
            pending.Push(second);
        }

        return result;
    }

    /// <summary>
    /// The halves (local indexes, in publication order) of the story's best bisection when they are
    /// apart enough to be two events: separation below <paramref name="threshold"/>, each half at
    /// least <paramref name="minimumHalf"/> articles. Batch clustering and <see cref="StoryStream"/>
    /// both decide by this.
    /// </summary>
    internal static (List<int> First, List<int> Second)? FindSplit(StoryCosines story, double threshold, int minimumHalf) =>
        story.Count >= 2 * minimumHalf && Bisect(story, minimumHalf) is var (first, second, separation) && separation < threshold
            ? (first, second)
            : null;

    /// <summary>
    /// The two-means bisection whose halves are the most apart (lowest <see cref="Separation"/>),
    /// among those leaving each half at least <paramref name="minimumHalf"/> articles. Each member
    /// (up to <see cref="MaximumSeeds"/>) seeds one run, with the member least like it as the other
    /// seed: a single run seeded with the story's oddest article often just cuts that article off.
    /// Members are given by local index, in publication order.
    /// </summary>
    private static (List<int> First, List<int> Second, double Separation)? Bisect(StoryCosines story, int minimumHalf)
    {
        (List<int>, List<int>, double)? best = null;
        var stride = Math.Max(1, story.Count / MaximumSeeds);
        for (var seed = 0; seed < story.Count && seed / stride < MaximumSeeds; seed += stride)
        {
            var other = Enumerable.Range(0, story.Count).MinBy(m => story.Cosine(m, seed));
            if (other == seed || TwoMeans(story, seed, other) is not var (first, second)
                || first.Count < minimumHalf || second.Count < minimumHalf)
            {
                continue;
            }

            var separation = Separation(story, first, second);
            if (best is null || separation < best.Value.Item3)
            {
                best = (first, second, separation);
            }
        }

        return best;
    }

    private static (List<int> First, List<int> Second)? TwoMeans(StoryCosines story, int seedA, int seedB)
    {
        // Each centroid is the sum of its members' vectors, held as the list of those members.
        List<int> a = [seedA], b = [seedB];
        List<int> first = [], second = [];
        for (var round = 0; round < Iterations; round++)
        {
            var nextFirst = new List<int>();
            var nextSecond = new List<int>();
            var (normA, normB) = (Math.Sqrt(story.Dot(a, a)), Math.Sqrt(story.Dot(b, b)));
            for (var m = 0; m < story.Count; m++)
            {
                var toA = normA == 0 ? 0 : story.Dot(m, a) / normA;
                var toB = normB == 0 ? 0 : story.Dot(m, b) / normB;
                (toA >= toB ? nextFirst : nextSecond).Add(m);
            }

            if (nextFirst.Count == 0 || nextSecond.Count == 0)
            {
                return null;
            }

            var settled = nextFirst.SequenceEqual(first);
            (first, second) = (nextFirst, nextSecond);
            if (settled)
            {
                break;
            }

            (a, b) = (first, second);
        }

        return (first, second);
    }

    /// <summary>
    /// Mean cosine between articles of different halves over mean cosine between articles of the
    /// same half (average link): 1 when the halves are as alike as their own members, lower the
    /// more they are apart. A ratio, unlike an absolute cosine, carries across stories whose
    /// reports are tight (wire copies) or loose (commentary). With unit vectors, the sum of
    /// pairwise cosines within a half is |Σ|² − n (the half's own cosines, the diagonal's ones left out).
    /// </summary>
    internal static double Separation(StoryCosines story, List<int> first, List<int> second)
    {
        var (nA, nB) = ((double)first.Count, (double)second.Count);
        var withinPairs = (nA * (nA - 1)) + (nB * (nB - 1));
        var within = withinPairs == 0 ? 0 : (story.Dot(first, first) - nA + story.Dot(second, second) - nB) / withinPairs;
        var across = story.Dot(first, second) / (nA * nB);
        return within <= 0 ? 1 : across / within;
    }
}
