namespace CccdPlatform.Station.Services;

// The queue's and the worklist's words live beside them and join the app's dictionary when it is first used.
public sealed partial class Texts
{
    static Texts()
    {
        foreach (var (english, vietnamese) in OfflineVietnamese)
        {
            Vietnamese.TryAdd(english, vietnamese);
        }
    }

    private static readonly Dictionary<string, string> OfflineVietnamese = new()
    {
        ["Online: waiting applications are sent automatically."] = "Có mạng: hồ sơ đang chờ được gửi tự động.",
        ["Offline: applications are kept on this device until the network is back."] = "Mất mạng: hồ sơ được giữ trên thiết bị này cho đến khi có mạng.",
        ["waiting"] = "đang chờ",
        ["with a problem"] = "có vấn đề",
        ["Problem"] = "Có vấn đề",
        ["queued at"] = "lưu lúc",
        ["Send now"] = "Gửi ngay",
        ["Sending…"] = "Đang gửi…",
        ["Sent"] = "Đã gửi",
        ["received"] = "đã tiếp nhận",
        ["already received earlier"] = "đã tiếp nhận từ trước",
        ["application"] = "hồ sơ",
        ["items queued on this device by other officers are sent when they sign in."] = "hồ sơ do cán bộ khác lưu trên thiết bị này sẽ được gửi khi họ đăng nhập.",
        ["Sign in to see the citizens' details and send them."] = "Đăng nhập để xem thông tin công dân và gửi hồ sơ.",
        ["The platform cannot be reached; everything still waits."] = "Không kết nối được hệ thống; mọi hồ sơ vẫn đang chờ.",
        ["Your session has expired: sign in again to send. Nothing was lost."] = "Phiên làm việc đã hết hạn: hãy đăng nhập lại để gửi. Không hồ sơ nào bị mất.",
        ["The platform refused the batch; everything still waits:"] = "Hệ thống từ chối lô hồ sơ; mọi hồ sơ vẫn đang chờ:",
        ["Choose this device's registered machine first."] = "Hãy chọn máy tiếp nhận đã đăng ký cho thiết bị này trước.",
        ["The citizen already has an open application."] = "Công dân đã có hồ sơ đang xử lý.",
        ["Save and send again"] = "Lưu và gửi lại",
        ["Remove from the queue"] = "Xoá khỏi hàng đợi",
        ["Saved on this device: it will be sent when the network is back."] = "Đã lưu trên thiết bị: hồ sơ sẽ được gửi khi có mạng.",
        ["Commune worklist"] = "Danh sách cần tiếp nhận",
        ["Worklist"] = "Danh sách xã",
        ["Commune code"] = "Mã xã",
        ["Reason not served"] = "Lý do chưa làm",
        ["Any"] = "Tất cả",
        ["Show"] = "Xem",
        ["citizens not yet served"] = "công dân chưa làm CCCD",
        ["Full name"] = "Họ và tên",
        ["Date of birth"] = "Ngày sinh",
        ["Address"] = "Địa chỉ",
        ["Action"] = "Thao tác",
        ["Start an application"] = "Lập hồ sơ",
        ["Pages"] = "Trang",
        ["Previous"] = "Trang trước",
        ["Next"] = "Trang sau",
        ["The worklist needs the network; applications can still be made and queued."] = "Danh sách cần có mạng; vẫn có thể lập hồ sơ và lưu chờ gửi.",
        ["WorkingAway"] = "Đi làm ăn xa",
        ["Bedridden"] = "Nằm liệt giường",
        ["InHospital"] = "Đang nằm viện",
        ["MovedAway"] = "Đã chuyển đi",
        ["Deceased"] = "Đã mất",
        ["Other"] = "Lý do khác",
    };
}
