namespace CccdPlatform.Station.Services;

public sealed partial class Texts
{
    // The biometrics step's words, kept beside its page and merged into the app's dictionary once.
    private static readonly Dictionary<string, string> BiometricsVietnamese = new()
    {
        ["Application number"] = "Mã hồ sơ",
        ["Capture biometrics"] = "Thu nhận sinh trắc học",
        ["Under 6: no biometrics are taken for this card."] = "Dưới 6 tuổi: không thu nhận sinh trắc học cho thẻ này.",
        ["Devices"] = "Thiết bị",
        ["No device service"] = "Không kết nối được dịch vụ thiết bị",
        ["Capture all"] = "Thu nhận tất cả",
        ["Fingers"] = "Vân tay",
        ["Face"] = "Khuôn mặt",
        ["Irises"] = "Mống mắt",
        ["Send to biometrics"] = "Gửi dữ liệu sinh trắc học",
        ["Choose this device's registered machine first (Form page)."] = "Hãy chọn máy tiếp nhận đã đăng ký trước (trang Tờ khai).",
        ["Biometrics accepted."] = "Sinh trắc học đã được chấp nhận.",
        ["Recapture needed."] = "Cần thu nhận lại.",
        ["Duplicate suspected: a supervisor decides."] = "Nghi trùng: lãnh đạo xem xét quyết định.",
        ["Waiting for the application to reach biometrics…"] = "Đang chờ hồ sơ đến hệ thống sinh trắc học…",
        ["Refused"] = "Bị từ chối",
        ["Expired"] = "Hết hạn",
        ["Where"] = "Vị trí",
        ["Quality"] = "Chất lượng",
        ["State"] = "Trạng thái",
        ["Exception"] = "Ngoại lệ",
        ["Recapture"] = "Thu lại",
        ["None"] = "Không",
        ["Amputated"] = "Bị cụt",
        ["Bandaged"] = "Đang băng bó",
        ["Unreadable"] = "Không đọc được",
        ["Missing"] = "Không có",
        ["Taking the exception photo…"] = "Đang chụp ảnh ngoại lệ…",
        ["Exception recorded"] = "Đã ghi nhận ngoại lệ",
        ["Not detected"] = "Không phát hiện",
        ["recapture or record an exception"] = "thu lại hoặc ghi nhận ngoại lệ",
        ["Below"] = "Dưới",
        ["recapture"] = "cần thu lại",
        ["Good"] = "Đạt",
        ["Not captured"] = "Chưa thu nhận",
        ["Right Thumb"] = "Ngón cái phải",
        ["Right IndexFinger"] = "Ngón trỏ phải",
        ["Right MiddleFinger"] = "Ngón giữa phải",
        ["Right RingFinger"] = "Ngón áp út phải",
        ["Right LittleFinger"] = "Ngón út phải",
        ["Left Thumb"] = "Ngón cái trái",
        ["Left IndexFinger"] = "Ngón trỏ trái",
        ["Left MiddleFinger"] = "Ngón giữa trái",
        ["Left RingFinger"] = "Ngón áp út trái",
        ["Left LittleFinger"] = "Ngón út trái",
        ["Left"] = "Mắt trái",
        ["Right"] = "Mắt phải",
    };

    static Texts()
    {
        foreach (var (english, vietnamese) in BiometricsVietnamese)
        {
            Vietnamese.TryAdd(english, vietnamese);
        }
    }
}
