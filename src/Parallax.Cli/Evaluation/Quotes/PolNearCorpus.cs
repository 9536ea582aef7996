namespace Parallax.Cli.Evaluation.Quotes;

/// <summary>One document of a PolNeAR-layout folder: its text and its gold attributions.</summary>
internal sealed record PolNearDocument(string Name, string Text, IReadOnlyList<BratAttribution> Gold);

/// <summary>
/// Reads a folder in PolNeAR's layout: <c>text/NAME.txt</c> with brat standoff in
/// <c>attributions/NAME.ann</c> or <c>attributions/NAME_ANNOTATOR.ann</c>. Where one text was
/// annotated by several people, the first annotation file in ordinal order is used, so every run
/// scores against the same gold. Brat offsets count Unicode code points; they are converted to the
/// UTF-16 offsets the pipeline uses.
/// </summary>
internal static class PolNearCorpus
{
    /// <exception cref="DirectoryNotFoundException">The folder or its text/attributions subfolders are missing.</exception>
    /// <exception cref="InvalidDataException">An annotation file is malformed or points outside its text.</exception>
    public static IReadOnlyList<PolNearDocument> Read(string directory)
    {
        var texts = Path.Combine(directory, "text");
        var annotations = Path.Combine(directory, "attributions");
        if (!Directory.Exists(texts) || !Directory.Exists(annotations))
        {
            throw new DirectoryNotFoundException($"{directory}: expected the PolNeAR layout, text/*.txt with brat attributions/*.ann");
        }

        var annotationFiles = Directory.GetFiles(annotations, "*.ann").Order(StringComparer.Ordinal).ToList();
        var documents = new List<PolNearDocument>();
        foreach (var textFile in Directory.GetFiles(texts, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textFile);
            var annotationFile = annotationFiles.FirstOrDefault(f => IsAnnotationOf(Path.GetFileNameWithoutExtension(f), name));
            if (annotationFile is null)
            {
                continue;
            }

            var text = File.ReadAllText(textFile);
            var gold = BratAttribution.Parse(File.ReadAllText(annotationFile), annotationFile);
            documents.Add(new PolNearDocument(name, text, [.. gold.Select(a => CodePoints.ToUtf16(text, a, annotationFile))]));
        }

        if (documents.Count == 0)
        {
            throw new InvalidDataException($"{directory}: no text/*.txt file has a matching attributions/*.ann file");
        }

        return documents;
    }

    private static bool IsAnnotationOf(string annotationName, string textName) =>
        annotationName == textName
        || (annotationName.StartsWith(textName + "_", StringComparison.Ordinal) && !annotationName[(textName.Length + 1)..].Contains('_', StringComparison.Ordinal));
}
