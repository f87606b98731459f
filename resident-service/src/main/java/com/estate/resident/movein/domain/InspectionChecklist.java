package com.estate.resident.movein.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the house inspection goes through, room by room and item by item; configurable per community, with the
 * manual's acceptance form as the default.
 */
public record InspectionChecklist(List<Room> rooms) {

    public InspectionChecklist {
        rooms = List.copyOf(rooms);
        if (rooms.isEmpty()) {
            throw new IllegalArgumentException("a checklist has at least one room");
        }
        Set<String> codes = new HashSet<>();
        for (Room room : rooms) {
            if (!codes.add(room.code())) {
                throw new IllegalArgumentException("room " + room.code() + " is listed twice");
            }
        }
    }

    /** A room and the items inspected in it, by code (what a defect names) and name (what people read). */
    public record Room(String code, String name, List<Item> items) {

        public Room {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("room " + code + " has no items");
            }
            if (items.stream().map(Item::code).distinct().count() != items.size()) {
                throw new IllegalArgumentException("room " + code + " lists an item twice");
            }
        }
    }

    public record Item(String code, String name) {

        public Item {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public boolean contains(String room, String item) {
        return rooms.stream().anyMatch(r -> r.code().equals(room)
                && r.items().stream().anyMatch(i -> i.code().equals(item)));
    }

    /** The house quality acceptance form of the manual: every room's surfaces, fittings and services. */
    public static InspectionChecklist standard() {
        List<Item> surfaces = List.of(new Item("walls", "墙面"), new Item("ceiling", "天花"), new Item("floor", "地面"),
                new Item("doors-windows", "门窗"), new Item("sockets-switches", "插座开关"));
        List<Item> wet = List.of(new Item("walls", "墙面"), new Item("ceiling", "天花"), new Item("floor", "地面"),
                new Item("doors-windows", "门窗"), new Item("sockets-switches", "插座开关"),
                new Item("water-supply", "给水"), new Item("drainage", "排水"), new Item("waterproofing", "防水"));
        return new InspectionChecklist(List.of(
                new Room("entrance", "入户门厅", List.of(new Item("entrance-door", "入户门"), new Item("intercom", "对讲"),
                        new Item("distribution-box", "配电箱"), new Item("meters", "水电气表"))),
                new Room("living-room", "客厅", surfaces),
                new Room("bedroom", "卧室", surfaces),
                new Room("kitchen", "厨房", wet),
                new Room("bathroom", "卫生间", wet),
                new Room("balcony", "阳台", List.of(new Item("walls", "墙面"), new Item("floor", "地面"),
                        new Item("railing", "栏杆"), new Item("drainage", "排水")))));
    }
}
