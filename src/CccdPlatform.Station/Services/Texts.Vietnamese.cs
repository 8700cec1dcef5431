namespace CccdPlatform.Station.Services;

public sealed partial class Texts
{
    private static readonly Dictionary<string, string> Vietnamese = new()
    {
        ["CCCD station"] = "Trạm CCCD",
        ["Main navigation"] = "Điều hướng chính",
        ["Skip to content"] = "Chuyển đến nội dung",
        ["Form"] = "Tờ khai",
        ["My applications"] = "Hồ sơ của tôi",
        ["Queue"] = "Hàng đợi",
        ["Biometrics"] = "Sinh trắc học",
        ["Sign in"] = "Đăng nhập",
        ["Sign out"] = "Đăng xuất",
        ["Signing in…"] = "Đang đăng nhập…",
        ["Signing out…"] = "Đang đăng xuất…",
        ["You are signed out."] = "Bạn đã đăng xuất.",
        ["Sign-in failed."] = "Đăng nhập không thành công.",
        ["Loading…"] = "Đang tải…",
        ["Language"] = "Ngôn ngữ",
        ["Officer"] = "Cán bộ",
        ["Unit"] = "Đơn vị",
        ["Team"] = "Tổ công tác",
        ["Machine"] = "Máy tiếp nhận",
        ["not chosen"] = "chưa chọn",
        ["Sign in to receive applications."] = "Đăng nhập để tiếp nhận hồ sơ.",
        ["This device"] = "Thiết bị này",
        ["Registered machine id"] = "Mã máy tiếp nhận đã đăng ký",
        ["Remember for this device"] = "Ghi nhớ cho thiết bị này",
        ["The machine id is asked once per device; your administrator registers it."] =
            "Mã máy chỉ nhập một lần cho mỗi thiết bị; quản trị viên đăng ký mã này.",
        ["applications collected by you"] = "hồ sơ do bạn tiếp nhận",
        ["Received"] = "Đã tiếp nhận",
        ["ID number"] = "Số định danh",
        ["Status"] = "Trạng thái",
        ["Refresh"] = "Tải lại",
        ["BiometricsAccepted"] = "Đã thu nhận sinh trắc học",
        ["RecaptureNeeded"] = "Cần thu nhận lại",
        ["UnderReview"] = "Đang xác minh",
        ["Approved"] = "Đã duyệt",
        ["CardProduced"] = "Đã sản xuất thẻ",
        ["CardDelivered"] = "Đã trả thẻ",
        ["Cancelled"] = "Đã hủy",
        ["Your applications need the network; what waits on this device is on the Queue page."] =
            "Cần có mạng để xem hồ sơ; hồ sơ đang chờ trên thiết bị này ở trang Hàng đợi.",
        ["Page not found."] = "Không tìm thấy trang.",
    };
}
