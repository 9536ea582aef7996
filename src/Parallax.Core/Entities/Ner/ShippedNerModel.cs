namespace Parallax.Entities.Ner;

/// <summary>
/// The model shipped inside this assembly (Entities/Models/ner.bin, reproduced by
/// `parallax train ner`, see docs/benchmarks.md). Loaded once on first use; reading an embedded
/// resource is not file I/O.
/// </summary>
public static class ShippedNerModel
{
    private static readonly Lazy<NerModel> Model = new(Read);

    public static NerModel Load() => Model.Value;

    private static NerModel Read()
    {
        using var stream = typeof(ShippedNerModel).Assembly.GetManifestResourceStream("Parallax.Entities.Models.ner.bin")
            ?? throw new InvalidOperationException("the NER model resource is missing from Parallax.Core");
        return NerModel.Load(stream);
    }
}
