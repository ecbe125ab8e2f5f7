package io.sousei.region;

import java.util.List;
import java.util.Optional;

/**
 * The boundaries of the regions, as JSON text ready to send: the store keeps them that way, and nothing
 * in the core computes with coordinates. Implemented by the store.
 */
public interface BoundaryCatalog {

    /** No boundaries at all: for servers and tests without maps. */
    BoundaryCatalog NONE = new BoundaryCatalog() {
        @Override
        public List<BoundaryLayer> listLayers(Country country, RegionLevel level) {
            return List.of();
        }

        @Override
        public List<BoundaryLayer> listLayers(Country country, RegionLevel level, RegionId within) {
            return List.of();
        }

        @Override
        public Optional<String> findBoundary(RegionId id) {
            return Optional.empty();
        }
    };

    /**
     * The TopoJSON topologies of a level, main layer first (a level may have supplements, e.g. islands a
     * simplification dropped). Each holds one object whose geometries have the region id as {@code id}.
     */
    List<BoundaryLayer> listLayers(Country country, RegionLevel level);

    /**
     * The layers of a level cut to the regions lying within {@code within} (its children, or their children): e.g.
     * the villages of one town, without sending the villages of the whole country. Layers left empty are left out.
     */
    List<BoundaryLayer> listLayers(Country country, RegionLevel level, RegionId within);

    /** The region's boundary as a GeoJSON geometry (longitude/latitude), if the warehouse has one. */
    Optional<String> findBoundary(RegionId id);

    /** @param topoJson a TopoJSON {@code Topology} */
    record BoundaryLayer(String name, String topoJson) {}
}
