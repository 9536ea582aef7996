namespace Parallax.Entities.Lexicons;

/// <summary>
/// Frequent given names across the regions news covers. A capitalized pair starting with one of
/// these is very likely a person even with no title or reporting verb nearby.
/// </summary>
internal static class GivenNames
{
    /// <summary>Names borne mostly by men; the resolver uses this to tell relatives apart ("Mr Okafor").</summary>
    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin",
        "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas",
        "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory",
        "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry",
        "Nathan", "Douglas", "Peter", "Kyle", "Joe", "Bill", "Lloyd",
        "Emmanuel", "Vladimir", "Sergei", "Sergey", "Olaf", "Boris", "Rishi", "Recep", "Volodymyr", "Narendra", "Imran", "Shinzo",
        "Mohammed", "Mohammad", "Muhammad", "Mohamed", "Ahmed", "Ahmad", "Ali", "Omar", "Umar", "Hassan", "Hussein",
        "Hussain", "Mustafa", "Mustapha", "Ibrahim", "Khalid", "Khaled", "Abdullah", "Abdul", "Abdel", "Youssef",
        "Yusuf", "Yousef", "Hamid", "Mahmoud", "Mahmud", "Karim", "Kareem", "Tariq", "Salman",
        "Faisal", "Hamad", "Tamim", "Bashar", "Hasan", "Haider", "Nouri",
        "Ebrahim", "Javad", "Hossein", "Reza", "Ali-Akbar", "Naftali", "Yair", "Isaac", "Moshe",
    };

    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "Hillary", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
        "Lisa", "Margaret", "Betty", "Sandra", "Ashley", "Dorothy", "Kimberly", "Emily", "Donna", "Michelle", "Carol",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia", "Kathleen", "Amy",
        "Angela", "Anna", "Emma", "Olivia", "Sophie", "Kamala", "Ursula",
        "Layla", "Leila", "Fatima", "Aisha", "Mariam", "Maryam", "Zainab", "Rania", "Hala", "Yasmin",
    };

    /// <summary>Given names common to both sexes, or family names often written first.</summary>
    private static readonly HashSet<string> Unisex = new(StringComparer.OrdinalIgnoreCase) { "Xi", "Li", "Wang", "Nour", "Noor" };

    public static bool Contains(string word) => Male.Contains(word) || Female.Contains(word) || Unisex.Contains(word);

    /// <summary>True for a name borne mostly by women, false for one borne mostly by men, null when unknown.</summary>
    public static bool? IsFemale(string word) => Female.Contains(word) ? true : Male.Contains(word) ? false : null;
}
