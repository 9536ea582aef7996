using Parallax.Cli.Datasets;
using Parallax.Entities.Ner;

namespace Parallax.Cli.Evaluation.Ner;

/// <summary>Writes DIR/predictions.conll: every input line with the predicted tag appended, blank and -DOCSTART- lines as they were.</summary>
internal static class PredictionsWriter
{
    public static void Write(ConllFile file, int[][] predicted, DirectoryInfo directory)
    {
        directory.Create();
        var lines = file.Lines.ToArray();
        for (var s = 0; s < file.Sentences.Count; s++)
        {
            var sentence = file.Sentences[s];
            for (var k = 0; k < sentence.LineNumbers.Count; k++)
            {
                var line = sentence.LineNumbers[k];
                lines[line] = $"{lines[line].TrimEnd()} {NerTags.Name(predicted[s][k])}";
            }
        }

        File.WriteAllLines(Path.Combine(directory.FullName, "predictions.conll"), lines);
    }
}
