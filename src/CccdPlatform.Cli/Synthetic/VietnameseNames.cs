using CccdPlatform.Cli.Api;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// Full names as family name, middle name(s) and given name. Family names with their rough national shares, plus the
/// Thai and Muong names of Thanh Hoa's western districts; middle and given names by sex.
/// </summary>
public static class VietnameseNames
{
    private static readonly Weighted<string> FamilyNames = new(
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Phan", 4.5), ("Vũ", 3.9),
        ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Trịnh", 1.2),
        ("Mai", 0.8), ("Lương", 0.6), ("Đinh", 0.7), ("Đào", 0.5), ("Cao", 0.5), ("Lại", 0.3), ("Đoàn", 0.4),
        ("Lưu", 0.3), ("Tạ", 0.2), ("Quách", 0.3), ("Hà", 0.5), ("Lò", 0.2), ("Vi", 0.1), ("Ngân", 0.1));

    private static readonly string[] MaleMiddle = ["Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Thành", "Xuân", "Ngọc", "Anh", "Trọng", "Đình", "Tiến", "Gia", "Mạnh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Phương", "Minh", "Bảo", "Hồng", "Kim", "Mai", "Khánh", "Diệu"];
    private static readonly string[] MaleGiven =
    [
        "An", "Anh", "Bảo", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khang", "Khánh", "Kiên",
        "Long", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh",
        "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Lâm", "Hưng", "Lộc", "Tiến",
    ];
    private static readonly string[] FemaleGiven =
    [
        "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Linh", "Loan",
        "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thu", "Trang", "Tuyết", "Vân", "Yến",
        "Hậu", "Lý", "Nhàn", "Thơm",
    ];

    public static string Pick(Random random, Sex sex)
    {
        var female = sex == Sex.Female;
        var middle = female ? FemaleMiddle : MaleMiddle;
        var family = FamilyNames.Pick(random);
        var first = middle[random.Next(middle.Length)];
        var given = (female ? FemaleGiven : MaleGiven)[random.Next((female ? FemaleGiven : MaleGiven).Length)];
        var second = middle[random.Next(middle.Length)];
        // About one name in six has a second middle name ("Nguyễn Thị Thu Hà").
        return random.Next(6) == 0 && second != first && second != given
            ? $"{family} {first} {second} {given}"
            : $"{family} {first} {given}";
    }
}
