namespace Parallax.Entities.Lexicons;

/// <summary>
/// Frequent given names across the regions news covers. A capitalized pair starting with one of
/// these is very likely a person even with no title or reporting verb nearby.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin",
        "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas",
        "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory",
        "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry",
        "Nathan", "Douglas", "Peter", "Kyle", "Joe", "Bill", "Hillary", "Lloyd", 
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
        "Lisa", "Margaret", "Betty", "Sandra", "Ashley", "Dorothy", "Kimberly", "Emily", "Donna", "Michelle", "Carol",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia", "Kathleen", "Amy",
        "Angela", "Anna", "Emma", "Olivia", "Sophie", "Kamala", "Ursula", "Angela", "Emmanuel", "Vladimir", "Sergei",
        "Sergey", "Olaf", "Boris", "Rishi", "Recep", "Volodymyr", "Xi", "Li", "Wang", "Narendra", "Imran", "Shinzo",
        "Mohammed", "Mohammad", "Muhammad", "Mohamed", "Ahmed", "Ahmad", "Ali", "Omar", "Umar", "Hassan", "Hussein",
        "Hussain", "Mustafa", "Mustapha", "Ibrahim", "Khalid", "Khaled", "Abdullah", "Abdul", "Abdel", "Youssef",
        "Yusuf", "Yousef", "Hamid", "Mahmoud", "Mahmud", "Karim", "Kareem", "Tariq", "Salman",
        "Faisal", "Hamad", "Tamim", "Bashar", "Hassan", "Hasan", "Haider", "Nouri",
        "Layla", "Leila", "Fatima", "Aisha", "Mariam", "Maryam", "Zainab", "Nour", "Noor", "Rania", "Hala", "Yasmin",
        "Ebrahim", "Javad", "Hossein", "Reza", "Ali-Akbar", "Benjamin", "Naftali", "Yair", "Isaac", "Moshe",
    };

    public static bool Contains(string word) => Names.Contains(word);
}
