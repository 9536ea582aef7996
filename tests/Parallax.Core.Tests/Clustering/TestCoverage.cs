using Parallax.Analysis;
using Parallax.Entities;

namespace Parallax.Core.Tests.Clustering;

/// <summary>Invented coverage: two outlets on one earthquake, a syndicated copy, and a different earthquake.</summary>
internal static class TestCoverage
{
    public const string WireText =
        "An earthquake of magnitude 6.4 struck the mountain town of Veloria early on Monday, killing at least 40 people and trapping dozens under collapsed homes, regional officials said. " +
        "The quake hit at dawn when most residents were asleep, and rescue teams from the provincial capital of Marrenburg reached the town by mid-morning. " +
        "Governor Ilse Varga said the regional government would send field hospitals and tents to the area. " +
        "Aftershocks continued through the day, damaging the old stone bridge that links Veloria to the main highway. " +
        "The Veloria district hospital treated more than 150 injured residents, a hospital spokesman said. " +
        "Engineers will inspect the dam above the valley on Tuesday to rule out any cracks in its wall.";

    public const string CourierText =
        "Rescuers in Veloria dug through rubble on Monday after a powerful earthquake flattened parts of the mountain town, with the death toll reaching 52. " +
        "Governor Ilse Varga told reporters that field hospitals were on their way to the stricken town. " +
        "Residents said the violent shaking began shortly before sunrise and lasted almost a minute. " +
        "The stone bridge on the road into Veloria was badly cracked by aftershocks, cutting off the town for several hours. " +
        "Volunteers from nearby villages brought blankets, bread and drinking water to families sleeping outdoors.";

    public const string HarborText =
        "A magnitude 5.9 earthquake shook the coastal city of Port Alvarin on Thursday, killing 12 people and damaging the harbor, officials in Castoria said. " +
        "Fishing boats were thrown onto the docks as the quake triggered a small wave. " +
        "Mayor Teodor Rusk said emergency shelters had opened in three schools. " +
        "Engineers began inspecting the harbor cranes and the old lighthouse, which lost part of its tower.";

    public static DateOnly Monday => new(2031, 3, 10);

    public static ArticleAnalysis Wire(string id = "wire1")
    {
        var a = TestArticles.Analyze(id, "Magnitude 6.4 earthquake kills at least 40 in Veloria", WireText, Monday, "Harbor Wire");
        a.AddEntity("Veloria", EntityType.Location);
        a.AddEntity("Marrenburg", EntityType.Location);
        a.AddEntity("Ilse Varga", EntityType.Person);
        return a;
    }

    /// <summary>The wire story re-published with a new headline, a dateline and its last two sentences cut.</summary>
    public static ArticleAnalysis Syndicated(string id = "synd1")
    {
        var cut = WireText[..WireText.IndexOf(" The Veloria district", StringComparison.Ordinal)];
        var a = TestArticles.Analyze(id, "Dozens trapped as quake hits mountain town", "VELORIA (Harbor Wire) - " + cut, Monday.AddDays(1), "Valley Daily");
        a.AddEntity("Marrenburg", EntityType.Location);
        a.AddEntity("Ilse Varga", EntityType.Person);
        return a;
    }

    public static ArticleAnalysis Courier(string id = "courier1")
    {
        var a = TestArticles.Analyze(id, "Death toll rises to 52 as rescuers dig through Veloria rubble", CourierText, Monday, "Marrenburg Courier");
        a.AddEntity("Veloria", EntityType.Location);
        a.AddEntity("Ilse Varga", EntityType.Person);
        return a;
    }

    public static ArticleAnalysis Harbor(string id = "harbor1")
    {
        var a = TestArticles.Analyze(id, "Earthquake kills 12 in Port Alvarin", HarborText, Monday.AddDays(3), "Coast Times");
        a.AddEntity("Port Alvarin", EntityType.Location);
        a.AddEntity("Castoria", EntityType.Location);
        a.AddEntity("Teodor Rusk", EntityType.Person);
        return a;
    }
}
