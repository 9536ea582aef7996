using System.Text;
using Parallax.Clustering;

namespace Parallax.Cli.Benchmarks.Synthetic;

/// <summary>
/// Streams synthetic news in arrival order over simulated days, with its plan. Each day holds
/// <see cref="ArticlesPerDay"/> articles: 72% report planted stories, 20% are one-off background
/// reports, 8% are planted copies of a recent article. A story has its names (people,
/// organizations, places drawn from the corpus), ten specific words of which each article uses a
/// different six, and the six words of its kind that it shares with other stories of the same kind
/// (two earthquakes); it runs 2 to 80 articles (mean 10) over one to five days. 2% of story
/// articles arrive one or two days after their publication date. Nothing is held beyond the
/// schedule of the next few days and the last 2,000 originals (the pool copies are made from).
/// The same seed gives the same articles.
/// </summary>
internal sealed class SyntheticNewsGenerator(CorpusVocabulary vocabulary, int seed, int articlesPerDay = SyntheticNewsGenerator.ArticlesPerDay)
{
    public const int ArticlesPerDay = 10_000;

    private const double NoiseShare = 0.20;
    private const double CopyShare = 0.08;
    private const double LateShare = 0.02;
    private const int Kinds = 60;
    private const int RecentOriginals = 2_000;

    public static readonly DateOnly FirstDay = new(2026, 1, 1);

    /// <summary>The position of an article in the generated sequence, from its id.</summary>
    public static int Ordinal(string id) => int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    private static string IdOf(int ordinal) => "a" + ordinal.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<SyntheticArticle> Generate(int count)
    {
        var random = new Random(seed);
        var kinds = Enumerable.Range(0, Kinds).Select(_ => Pick(random, vocabulary.ContentWords, 6)).ToArray();
        var schedule = new Dictionary<int, List<Slot>>();
        var recent = new List<(SyntheticArticle Article, PlannedStory Story, string[] Sentences)>();
        long stories = 0;
        var produced = 0;
        for (var day = 0; produced < count; day++)
        {
            var today = schedule.Remove(day, out var planned) ? planned : [];
            while (today.Count < articlesPerDay * (1 - NoiseShare - CopyShare))
            {
                ScheduleStory(random, new PlannedStory(stories++, kinds[random.Next(Kinds)], vocabulary, random), day, schedule, today);
            }

            for (var i = 0; i < articlesPerDay * NoiseShare; i++)
            {
                today.Add(new Slot(new PlannedStory(stories++, kinds[random.Next(Kinds)], vocabulary, random), FirstDay.AddDays(day), false));
            }

            for (var i = 0; i < articlesPerDay * CopyShare; i++)
            {
                today.Add(new Slot(null, FirstDay.AddDays(day), false));
            }

            Shuffle(random, today);
            foreach (var slot in today)
            {
                if (produced == count)
                {
                    yield break;
                }

                var id = IdOf(produced++);
                if (slot.Story is null && recent.Count > 0)
                {
                    yield return Copy(random, id, slot.Published, recent[random.Next(recent.Count)]);
                    continue;
                }

                var story = slot.Story ?? new PlannedStory(stories++, kinds[random.Next(Kinds)], vocabulary, random);
                var sentences = Body(random, story, out var names);
                var article = new SyntheticArticle(
                    new StreamedArticle(id, slot.Published, Headline(random, story), string.Join(' ', sentences)) { EntityNames = names },
                    story.Number,
                    null,
                    CopyKind.None) { Late = slot.Late };
                recent.Add((article, story, sentences));
                if (recent.Count > RecentOriginals)
                {
                    recent[random.Next(RecentOriginals)] = recent[^1];
                    recent.RemoveAt(recent.Count - 1);
                }

                yield return article;
            }
        }
    }

    /// <summary>Spreads a new story's articles over its days; some are delayed to a later arrival day.</summary>
    private static void ScheduleStory(Random random, PlannedStory story, int day, Dictionary<int, List<Slot>> schedule, List<Slot> today)
    {
        var size = 2 + (int)Math.Min(78, -8 * Math.Log(1 - random.NextDouble()));
        var span = 1 + random.Next(Math.Min(5, 1 + (size / 4)));
        for (var i = 0; i < size; i++)
        {
            var published = i == 0 ? day : day + random.Next(span);
            var late = random.NextDouble() < LateShare;
            var arrival = late ? published + 1 + random.Next(2) : published;
            var slot = new Slot(story, FirstDay.AddDays(published), late);
            if (arrival == day)
            {
                today.Add(slot);
            }
            else
            {
                (schedule.TryGetValue(arrival, out var list) ? list : schedule[arrival] = []).Add(slot);
            }
        }
    }

    private SyntheticArticle Copy(Random random, string id, DateOnly published, (SyntheticArticle Article, PlannedStory Story, string[] Sentences) original)
    {
        var source = original.Article.Article;
        var kind = random.NextDouble() switch { < 0.4 => CopyKind.Exact, < 0.75 => CopyKind.RetitledTrimmed, _ => CopyKind.Rewritten };
        var (title, text) = kind switch
        {
            CopyKind.Exact => (source.Title, source.Text),
            CopyKind.RetitledTrimmed => (Headline(random, original.Story), string.Join(' ', original.Sentences.Take((int)Math.Ceiling(original.Sentences.Length * (0.6 + (0.25 * random.NextDouble())))))),
            _ => (Headline(random, original.Story), Rewrite(random, source.Text)),
        };
        return new SyntheticArticle(new StreamedArticle(id, published, title, text) { EntityNames = source.EntityNames }, original.Article.Story, source.Id, kind);
    }

    /// <summary>A light rewrite: about one word in fifty replaced by another corpus word.</summary>
    private string Rewrite(Random random, string text) =>
        string.Join(' ', text.Split(' ').Select(w => random.NextDouble() < 0.02 && w.All(char.IsLetter) ? vocabulary.Words.Draw(random) : w));

    /// <summary>8-14 sentences of 10-22 words: mostly corpus words by frequency, with the story's words and names mixed in.</summary>
    private string[] Body(Random random, PlannedStory story, out IReadOnlyList<string> names)
    {
        var keyTerms = Pick(random, story.KeyTerms, 6);
        var mentioned = new List<string>();
        var sentences = new string[8 + random.Next(7)];
        var text = new StringBuilder();
        for (var s = 0; s < sentences.Length; s++)
        {
            text.Clear();
            var words = 10 + random.Next(13);
            for (var w = 0; w < words; w++)
            {
                var roll = random.NextDouble();
                var word = roll switch
                {
                    < 0.09 => keyTerms[random.Next(keyTerms.Length)],
                    < 0.12 => story.KindTerms[random.Next(story.KindTerms.Length)],
                    < 0.16 => Mention(story.Names[random.Next(story.Names.Length)], mentioned),
                    _ => vocabulary.Words.Draw(random),
                };
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w == words - 1 ? "." : " ");
            }

            sentences[s] = text.ToString();
        }

        names = mentioned;
        return sentences;
    }

    private static string Mention(string name, List<string> mentioned)
    {
        if (!mentioned.Contains(name))
        {
            mentioned.Add(name);
        }

        return name;
    }

    /// <summary>A headline: one of the story's names, two of its words, its kind, and a few corpus words, worded anew each time.</summary>
    private string Headline(Random random, PlannedStory story)
    {
        string[] parts =
        [
            story.Names[random.Next(story.Names.Length)],
            story.KeyTerms[random.Next(story.KeyTerms.Length)],
            story.KindTerms[random.Next(story.KindTerms.Length)],
            vocabulary.Words.Draw(random),
            story.KeyTerms[random.Next(story.KeyTerms.Length)],
            vocabulary.Words.Draw(random),
        ];
        Shuffle(random, parts);
        var title = string.Join(' ', parts);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    private static T[] Pick<T>(Random random, IReadOnlyList<T> pool, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Count)])];

    private static void Shuffle<T>(Random random, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private sealed record Slot(PlannedStory? Story, DateOnly Published, bool Late);

    /// <summary>One planted event: its number in the plan, its kind's words, its own names and words.</summary>
    private sealed class PlannedStory(long number, string[] kindTerms, CorpusVocabulary vocabulary, Random random)
    {
        public long Number { get; } = number;

        public string[] KindTerms { get; } = kindTerms;

        public string[] KeyTerms { get; } = Pick(random, vocabulary.ContentWords, 10);

        /// <summary>
        /// A person and a place of its own, drawn evenly from all names of their type (an event's
        /// participants are mostly not the most-mentioned names), and a person, an organization, a
        /// place and another name drawn by corpus frequency (the countries and bodies that many
        /// stories mention).
        /// </summary>
        public string[] Names { get; } =
        [
            .. new[] { ("PER", true), ("LOC", true), ("PER", false), ("ORG", false), ("LOC", false), ("MISC", false) }
                .Where(n => vocabulary.Names.ContainsKey(n.Item1))
                .Select(n => n.Item2 ? vocabulary.Names[n.Item1].DrawEvenly(random) : vocabulary.Names[n.Item1].Draw(random))
                .Distinct(StringComparer.Ordinal),
        ];
    }
}
