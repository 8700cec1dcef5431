using System.Globalization;

namespace CccdPlatform.Identity.Pages;

/// <summary>The pages' words in Vietnamese (the default) and English: the English text is the key.</summary>
public sealed class Texts
{
    private static readonly Dictionary<string, string> Vietnamese = new()
    {
        ["CCCD Platform"] = "Nền tảng CCCD",
        ["Sign in"] = "Đăng nhập",
        ["User name"] = "Tên đăng nhập",
        ["Password"] = "Mật khẩu",
        ["Sign-in failed: check the user name and password."] = "Đăng nhập không thành công: kiểm tra tên đăng nhập và mật khẩu.",
        ["This account is locked after too many failed attempts. Try again later or ask your administrator."] =
            "Tài khoản bị khóa do nhập sai quá nhiều lần. Hãy thử lại sau hoặc liên hệ quản trị viên.",
        ["Second factor"] = "Xác thực hai lớp",
        ["Code from your authenticator app"] = "Mã từ ứng dụng xác thực",
        ["Verify"] = "Xác nhận",
        ["The code is not right."] = "Mã không đúng.",
        ["Set up the second factor"] = "Thiết lập xác thực hai lớp",
        ["Your role needs a second factor. Scan the code with an authenticator app, or type the key, then enter the six-digit code it shows."] =
            "Vai trò của bạn cần xác thực hai lớp. Quét mã bằng ứng dụng xác thực hoặc nhập khóa, sau đó nhập mã sáu chữ số.",
        ["Key"] = "Khóa",
        ["Change your password"] = "Đổi mật khẩu",
        ["Current password"] = "Mật khẩu hiện tại",
        ["New password"] = "Mật khẩu mới",
        ["Repeat the new password"] = "Nhập lại mật khẩu mới",
        ["The two new passwords differ."] = "Hai mật khẩu mới không khớp.",
        ["Save"] = "Lưu",
        ["Officers"] = "Cán bộ",
        ["New officer"] = "Thêm cán bộ",
        ["Display name"] = "Họ và tên",
        ["Role"] = "Vai trò",
        ["Unit code"] = "Mã đơn vị",
        ["Team code"] = "Mã tổ công tác",
        ["State"] = "Trạng thái",
        ["Active"] = "Hoạt động",
        ["Disabled"] = "Đã khóa",
        ["Locked"] = "Tạm khóa",
        ["Disable"] = "Vô hiệu hóa",
        ["Enable"] = "Kích hoạt lại",
        ["Reset password"] = "Đặt lại mật khẩu",
        ["Create"] = "Tạo",
        ["One-time password, shown once: give it to the officer, who changes it at the first sign-in."] =
            "Mật khẩu dùng một lần, chỉ hiển thị một lần: trao cho cán bộ, người sẽ đổi ở lần đăng nhập đầu tiên.",
        ["You may not do this for that unit."] = "Bạn không có quyền với đơn vị này.",
        ["Sign out"] = "Đăng xuất",
        ["Actions"] = "Thao tác",
        ["You see your unit's officers; only an Admin changes them."] = "Bạn xem cán bộ của đơn vị; chỉ quản trị viên được thay đổi.",
        ["Sign in on a device"] = "Đăng nhập trên thiết bị",
        ["Code shown on the device"] = "Mã hiển thị trên thiết bị",
        ["Allow"] = "Cho phép",
        ["Refuse"] = "Từ chối",
        ["The device was refused. You may close this page."] = "Thiết bị đã bị từ chối. Bạn có thể đóng trang này.",
        ["The device is signed in. You may close this page."] = "Thiết bị đã đăng nhập. Bạn có thể đóng trang này.",
        ["Allow {0} to act in your name?"] = "Cho phép {0} hoạt động với danh nghĩa của bạn?",
        ["Skip to content"] = "Chuyển tới nội dung",
        ["Integrators"] = "Hệ thống tích hợp",
        ["Only an Admin manages integrators."] = "Chỉ quản trị viên quản lý hệ thống tích hợp.",
        ["Client secret, shown once: give it to the integrator, who keeps it in their system."] =
            "Khóa bí mật, chỉ hiển thị một lần: trao cho đơn vị tích hợp để lưu trong hệ thống của họ.",
        ["This integrator cannot be changed so."] = "Không thể thay đổi hệ thống tích hợp này như vậy.",
        ["Register an integrator"] = "Đăng ký hệ thống tích hợp",
        ["Client id (optional: made from the name)"] = "Mã client (không bắt buộc: tạo từ tên)",
        ["Register"] = "Đăng ký",
        ["Client id"] = "Mã client",
        ["Source"] = "Nguồn",
        ["Registered here"] = "Đăng ký tại đây",
        ["Configuration"] = "Cấu hình",
        ["Retired"] = "Đã ngừng",
        ["New secret"] = "Cấp khóa bí mật mới",
        ["Retire"] = "Ngừng vĩnh viễn",
    };

    public string this[string english] =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" && Vietnamese.TryGetValue(english, out var text) ? text : english;

    public string Format(string english, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[english], args);
}
