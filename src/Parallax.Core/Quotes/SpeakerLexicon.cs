namespace Parallax.Quotes;

/// <summary>
/// General English word classes used to delimit and classify speaker phrases around a reporting
/// verb. All entries are lower-case.
/// </summary>
internal static class SpeakerLexicon
{
    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);

    public static readonly HashSet<string> Pronouns = Set("he she they it");

    public static readonly HashSet<string> DefiniteDeterminers = Set("the this that these those");

    public static readonly HashSet<string> IndefiniteDeterminers = Set("a an one some two three four several many another");

    /// <summary>Heads of descriptions that stand for an unnamed source.</summary>
    public static readonly HashSet<string> SourceNouns = Set(
        "official officials source sources spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople " +
        "diplomat diplomats aide aides adviser advisers advisor advisors analyst analysts insider insiders " +
        "person people member members officer officers negotiator negotiators");

    /// <summary>Heads so general that any titled person can be meant ("the official" for a minister).</summary>
    public static readonly HashSet<string> GenericHeads = Set("official officials leader leaders source sources");

    /// <summary>Modifiers that rank rather than describe: they never need to match a role.</summary>
    public static readonly HashSet<string> RankWords = Set(
        "top senior junior high-ranking high-level senior-level unnamed anonymous former current chief");

    /// <summary>Words that begin a clause or a different constituent, so a speaker phrase cannot include them.</summary>
    public static readonly HashSet<string> Boundaries = Set(
        "that which who whom whose when while where because but or so if as since after before than then " +
        "however although though meanwhile also is are was were be been being will would can could should " +
        "may might must do does did not has have had reportedly previously earlier later again further " +
        "yesterday today tonight recently separately publicly privately repeatedly once first last finally " +
        "it's this");

    /// <summary>Words between a subject and its reporting verb ("has also said", "later told").</summary>
    public static readonly HashSet<string> VerbPrefixes = Set(
        "also has have had was were is are will would could should may might must did does do not never " +
        "reportedly previously earlier later again further then repeatedly once publicly privately " +
        "separately recently yesterday today tonight already even only just");

    /// <summary>Time words that may sit between a reporting verb and its clause ("said on Monday that").</summary>
    public static readonly HashSet<string> TimeWords = Set(
        "yesterday today tonight earlier later recently again also publicly privately separately " +
        "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night " +
        "week month year weekend");

    /// <summary>Objects of "tell" that name an audience rather than a relay outlet.</summary>
    public static readonly HashSet<string> Audiences = Set(
        "reporters journalists correspondents lawmakers legislators supporters parliament");

    /// <summary>Nouns of media outlets: a name phrase containing one is an outlet ("the Harbor Times").</summary>
    public static readonly HashSet<string> OutletWords = Set(
        "journal times post news press agency television tv radio broadcasting broadcaster network channel " +
        "herald tribune gazette telegraph daily magazine wire ledger chronicle observer guardian examiner " +
        "courier sentinel dispatch monitor newspaper paper outlet");

    /// <summary>Prepositions that end the head of a description ("an official in the ministry").</summary>
    public static readonly HashSet<string> HeadEnders = Set("in at for with from on to within under close familiar of who ,");

    /// <summary>Quantifiers whose "of" phrase holds the real head ("one of the officials").</summary>
    public static readonly HashSet<string> Partitives = Set("one some two three several many most each none all either neither");
}
