package com.estate.workorder.patrol;

import com.estate.workorder.patrol.domain.ChecklistItem;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.RenovationInspectionPlan;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.patrols.*}: the checklist each kind of patrol follows unless its task names its own, how often a
 * renovation is inspected while the works run, and within how many days its acceptance inspection is due.
 */
@ConfigurationProperties("app.patrols")
public record PatrolProperties(Map<PatrolKind, List<ChecklistItem>> checklists, Integer renovationIntervalDays,
        Integer acceptanceWithinDays) {

    private static final List<ChecklistItem> CUSTODY = List.of(
            new ChecklistItem("doors-windows", "门窗完好、关闭"),
            new ChecklistItem("leaks", "外墙、窗台、阳台无渗漏水痕迹"),
            new ChecklistItem("meters", "水电表无异常走字"),
            new ChecklistItem("surroundings", "户外无异味、无异物堆放"));
    private static final List<ChecklistItem> RAIN = List.of(
            new ChecklistItem("doors-windows", "门窗关闭、密封完好"),
            new ChecklistItem("drains", "阳台、露台地漏畅通"),
            new ChecklistItem("leaks", "无渗漏水、无积水"));
    private static final List<ChecklistItem> RENOVATION = List.of(
            new ChecklistItem("permit-posted", "施工许可证张贴在门口"),
            new ChecklistItem("structure", "未拆改主体结构、未加大荷载"),
            new ChecklistItem("waterproofing", "卫生间、厨房防水层未破坏"),
            new ChecklistItem("hours", "在规定时间内施工"),
            new ChecklistItem("waste", "装修垃圾按规定堆放、清运"));
    private static final List<ChecklistItem> ACCEPTANCE = List.of(
            new ChecklistItem("structure", "主体结构未改变"),
            new ChecklistItem("waterproofing", "防水闭水试验合格"),
            new ChecklistItem("facade", "外立面、公共部位无损坏"),
            new ChecklistItem("waste", "装修垃圾已清运"));
    private static final List<ChecklistItem> PUBLIC_AREA = List.of(
            new ChecklistItem("lighting", "照明正常"),
            new ChecklistItem("fire-safety", "消防设施完好、通道畅通"),
            new ChecklistItem("cleanliness", "清洁卫生"),
            new ChecklistItem("facilities", "公共设施无损坏"));

    public PatrolProperties {
        Map<PatrolKind, List<ChecklistItem>> all = new EnumMap<>(Map.of(PatrolKind.CUSTODY_WEEKLY, CUSTODY,
                PatrolKind.CUSTODY_BEFORE_HEAVY_RAIN, RAIN, PatrolKind.CUSTODY_AFTER_HEAVY_RAIN, RAIN,
                PatrolKind.RENOVATION_INSPECTION, RENOVATION, PatrolKind.RENOVATION_ACCEPTANCE, ACCEPTANCE,
                PatrolKind.PUBLIC_AREA, PUBLIC_AREA));
        if (checklists != null) {
            checklists.forEach((kind, items) -> all.put(kind, List.copyOf(items)));
        }
        checklists = Map.copyOf(all);
        renovationIntervalDays = renovationIntervalDays == null ? 7 : renovationIntervalDays;
        acceptanceWithinDays = acceptanceWithinDays == null ? 3 : acceptanceWithinDays;
    }

    public List<ChecklistItem> checklistOf(PatrolKind kind) {
        return checklists.get(kind);
    }

    public RenovationInspectionPlan renovationPlan() {
        return new RenovationInspectionPlan(renovationIntervalDays, acceptanceWithinDays);
    }
}
