namespace Parallax.Entities.Ner;

/// <summary>
/// The nine IOB2 tags the recognizer predicts: O, then B-/I- for PER, ORG, LOC, MISC. A tag is an
/// index so weight rows and the decoder's lattice are plain arrays.
/// </summary>
public static class NerTags
{
    public const int Outside = 0;

    public const int Count = 9;

    /// <summary>Entity types in tag order; <c>B-type</c> is 1 + 2k and <c>I-type</c> is 2 + 2k.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static string Name(int tag) => Names[tag];

    /// <summary>The tag index of an IOB2 tag name, or -1 for a name outside the tag set.</summary>
    public static int Parse(string name) => Array.IndexOf(Names, name);

    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;

    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>The type index (0 = PER ... 3 = MISC) of a B- or I- tag.</summary>
    public static int TypeOf(int tag) => (tag - 1) / 2;

    public static int Begin(int type) => 1 + (2 * type);

    public static int Inside(int type) => 2 + (2 * type);

    /// <summary>
    /// IOB2 well-formedness: I-X may only continue B-X or I-X. <paramref name="previous"/> is -1 at
    /// the start of a sentence.
    /// </summary>
    public static bool CanFollow(int previous, int tag) =>
        !IsInside(tag) || (previous > Outside && TypeOf(previous) == TypeOf(tag));

    public static EntityType ToEntityType(int type) => type switch
    {
        0 => EntityType.Person,
        1 => EntityType.Organization,
        2 => EntityType.Location,
        _ => EntityType.Misc,
    };
}
