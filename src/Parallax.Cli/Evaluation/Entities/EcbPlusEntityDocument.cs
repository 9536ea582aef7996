using System.Text;
using System.Xml;
using System.Xml.Linq;
using Parallax.Cli.Datasets;
using Parallax.Text;

namespace Parallax.Cli.Evaluation.Entities;

/// <summary>One ECB+ token and where it landed in the re-joined text (null for a dropped source-URL line).</summary>
internal sealed record GoldToken(int Id, int Sentence, int Number, string Text, Span? Span);

/// <summary>
/// One gold entity mention: its tokens and its chain. Cross-document chains are named by their
/// instance id (shared across the topic's documents), within-document chains by document and
/// target markable, and a mention in no chain is a singleton named by document and markable.
/// </summary>
internal sealed record GoldMention(string MarkableId, string Tag, IReadOnlyList<int> TokenIds, string Chain)
{
    /// <summary>Whether the coders linked this mention across documents (its chain is an instance id).</summary>
    public bool CrossDocument { get; init; }
}

/// <summary>
/// An ECB+ document read for entity-coreference scoring: the text Parallax sees (sentences joined as
/// <see cref="EcbPlusDocuments"/> joins them, title line included so its names are scored too), its
/// tokens with their spans, and its gold entity mentions. Actions, negated actions and times are not
/// entities; HUMAN_*, LOC_* and NON_HUMAN_* markables are.
/// </summary>
internal sealed record EcbPlusEntityDocument(string FileName, string Topic, string Text, IReadOnlyList<GoldToken> Tokens, IReadOnlyList<GoldMention> Mentions)
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static EcbPlusEntityDocument Read(string path)
    {
        XDocument document;
        using (var reader = XmlReader.Create(path, Settings))
        {
            document = XDocument.Load(reader);
        }

        var fileName = Path.GetFileName(path);
        var topic = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? string.Empty;
        var (text, tokens) = JoinTokens(document.Root!.Elements("token"));
        var chains = Chains(document.Root!.Element("Relations"), fileName);
        var mentions = new List<GoldMention>();
        foreach (var markable in document.Root!.Element("Markables")?.Elements() ?? [])
        {
            var anchors = markable.Elements("token_anchor").Select(a => (int)a.Attribute("t_id")!).ToList();
            var id = (string?)markable.Attribute("m_id");
            if (anchors.Count == 0 || id is null || !IsEntityTag(markable.Name.LocalName))
            {
                continue;
            }

            var chain = chains.GetValueOrDefault(id);
            mentions.Add(new GoldMention(id, markable.Name.LocalName, anchors, chain ?? fileName + "#" + id) { CrossDocument = chain is not null && !chain.StartsWith(fileName + "#", StringComparison.Ordinal) });
        }

        return new EcbPlusEntityDocument(fileName, topic, text, tokens, mentions);
    }

    public static bool IsEntityTag(string tag) =>
        tag.StartsWith("HUMAN", StringComparison.Ordinal) || tag.StartsWith("LOC", StringComparison.Ordinal) || tag.StartsWith("NON_HUMAN", StringComparison.Ordinal);

    private static (string Text, List<GoldToken> Tokens) JoinTokens(IEnumerable<XElement> elements)
    {
        var parsed = elements.Select(e => (Id: (int)e.Attribute("t_id")!, Sentence: (int?)e.Attribute("sentence") ?? 0, Number: (int?)e.Attribute("number") ?? 0, Word: e.Value)).ToList();
        var text = new StringBuilder();
        var tokens = new List<GoldToken>(parsed.Count);
        foreach (var sentence in parsed.GroupBy(t => t.Sentence).OrderBy(g => g.Key))
        {
            // Source-URL lines are dropped as EcbPlusDocuments drops them: they are not prose.
            if (sentence.First().Word.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                tokens.AddRange(sentence.Select(t => new GoldToken(t.Id, t.Sentence, t.Number, t.Word, null)));
                continue;
            }

            var line = new StringBuilder();
            var offset = text.Length == 0 ? 0 : text.Length + 2;
            foreach (var t in sentence)
            {
                var start = EcbPlusDocuments.Append(line, t.Word);
                tokens.Add(new GoldToken(t.Id, t.Sentence, t.Number, t.Word, new Span(offset + start, t.Word.Length)));
            }

            text.Append(text.Length == 0 ? string.Empty : "\n\n").Append(line);
        }

        return (text.ToString(), tokens);
    }

    /// <summary>Markable id to chain id, from the cross- and within-document coreference relations.</summary>
    private static Dictionary<string, string> Chains(XElement? relations, string fileName)
    {
        var chains = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in relations?.Elements() ?? [])
        {
            var target = (string?)relation.Element("target")?.Attribute("m_id");
            var chain = relation.Name.LocalName == "CROSS_DOC_COREF" ? (string?)relation.Attribute("note") : fileName + "#" + target;
            if (chain is null || target is null)
            {
                continue;
            }

            // Within a document the target is itself a mention of the chain; across documents it is
            // the instance record, which has no tokens and is skipped when mentions are read.
            chains.TryAdd(target, chain);
            foreach (var source in relation.Elements("source"))
            {
                chains[(string)source.Attribute("m_id")!] = chain;
            }
        }

        return chains;
    }
}
