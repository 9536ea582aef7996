using Parallax.Entities.Ner;

namespace Parallax.Cli.Datasets;

/// <summary>
/// A CoNLL-format NER file: one token per line (token in the first column, IOB1 or IOB2 tag in the
/// last), sentences separated by blank lines, "-DOCSTART-" lines between documents. The raw lines
/// are kept so predictions can be written back as conlleval's input.
/// </summary>
internal sealed class ConllFile
{
    private ConllFile(List<string> lines, List<ConllSentence> sentences)
    {
        Lines = lines;
        Sentences = sentences;
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<ConllSentence> Sentences { get; }

    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);

    /// <exception cref="InvalidDataException">A line has fewer than two columns or an unknown entity type.</exception>
    public static ConllFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such CoNLL file", path);
        }

        var lines = File.ReadAllLines(path).ToList();
        var sentences = new List<ConllSentence>();
        var current = new List<int>();
        for (var i = 0; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i].Trim() : string.Empty;
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (current.Count > 0)
                {
                    sentences.Add(Sentence(path, lines, current));
                    current = [];
                }

                continue;
            }

            current.Add(i);
        }

        return new ConllFile(lines, sentences);
    }

    private static ConllSentence Sentence(string path, List<string> lines, List<int> lineNumbers)
    {
        var tokens = new string[lineNumbers.Count];
        var gold = new string[lineNumbers.Count];
        for (var k = 0; k < lineNumbers.Count; k++)
        {
            var columns = lines[lineNumbers[k]].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
            {
                throw new InvalidDataException($"{path}:{lineNumbers[k] + 1}: expected a token and a tag, got '{lines[lineNumbers[k]]}'");
            }

            (tokens[k], gold[k]) = (columns[0], columns[^1]);
        }

        return new ConllSentence(tokens, gold, lineNumbers, ToIob2(path, lineNumbers[0], gold));
    }

    /// <summary>The gold chunks re-tagged as IOB2 tag indices, whatever scheme the file uses.</summary>
    private static int[] ToIob2(string path, int firstLine, string[] tags)
    {
        var indices = new int[tags.Length];
        foreach (var (start, end, type) in ChunkScorer.Chunks(tags))
        {
            var typeIndex = NerTags.Types.ToList().IndexOf(type);
            if (typeIndex < 0)
            {
                throw new InvalidDataException($"{path}:{firstLine + start + 1}: unknown entity type '{type}' (expected PER, ORG, LOC or MISC)");
            }

            indices[start] = NerTags.Begin(typeIndex);
            for (var i = start + 1; i < end; i++)
            {
                indices[i] = NerTags.Inside(typeIndex);
            }
        }

        return indices;
    }
}

/// <summary>One sentence of a CoNLL file: tokens, gold tags as written, their line numbers, and the gold as IOB2 indices.</summary>
internal sealed record ConllSentence(string[] Tokens, string[] GoldTags, List<int> LineNumbers, int[] Iob2)
{
    public LabeledSentence ToLabeled() => new(Tokens, Iob2);
}
